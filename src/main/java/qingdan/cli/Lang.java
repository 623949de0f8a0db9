package qingdan.cli;

import java.util.Locale;

/** {@code --lang}: the language of messages. */
enum Lang {
    zh, en;

    /** Chinese for a zh_* locale, else English. */
    static Lang fromLocale() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? zh : en;
    }
}
