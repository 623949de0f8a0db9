package qingdan.render;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Chooses a renderer from {@code --format}. */
public final class RendererFactory {
    private static final Map<String, Supplier<Renderer>> FORMATS = Map.of(
            "text", TextRenderer::new,
            "json", JsonRenderer::new,
            "sarif", SarifRenderer::new,
            "junit", JunitRenderer::new,
            "markdown", MarkdownRenderer::new,
            "github", GithubRenderer::new,
            "html", HtmlRenderer::new,
            "xlsx", XlsxRenderer::new);

    private RendererFactory() {
    }

    /** The formats, in the order help lists them. */
    public static List<String> names() {
        return List.of("text", "json", "sarif", "junit", "markdown", "github", "html", "xlsx");
    }

    /** The renderer for a format name, or null when there is none. */
    public static Renderer forName(String name) {
        Supplier<Renderer> s = FORMATS.get(name);
        return s == null ? null : s.get();
    }
}
