package qingdan.render;

/**
 * How to render: in English (else Chinese), and with colour (only ever on a terminal).
 */
public record RenderOptions(boolean english, boolean colour) {
}
