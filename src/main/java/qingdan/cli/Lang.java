package qingdan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/** {@code --lang}: the language of messages and of --help. */
enum Lang {
    zh, en;

    /** True for English: as chosen with --lang, else Chinese for a zh_* locale and English otherwise. */
    static boolean english(Lang chosen) {
        Lang lang = chosen != null ? chosen : "zh".equals(Locale.getDefault().getLanguage()) ? zh : en;
        return lang == en;
    }

    /** The --lang of a command line, read before picocli parses it (help is laid out while parsing); null if none. */
    static Lang chosen(String[] args) {
        Lang found = null;
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : "--lang".equals(args[i]) && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    found = Lang.valueOf(value);
                } catch (IllegalArgumentException e) {
                    // picocli reports the bad value when it parses the option.
                }
            }
            if ("--".equals(args[i])) {
                break;
            }
        }
        return found;
    }

    /** The Chinese texts of --help (help_zh.properties, UTF-8); English stays for any key it lacks. */
    static ResourceBundle chineseHelp() {
        try (InputStream in = Lang.class.getResourceAsStream("help_zh.properties")) {
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
