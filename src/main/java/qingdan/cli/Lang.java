package qingdan.cli;

import java.util.Locale;

/** {@code --lang}: the language of messages. */
enum Lang {
    zh, en;

    /** True for English: as chosen with --lang, else Chinese for a zh_* locale and English otherwise. */
    static boolean english(Lang chosen) {
        Lang lang = chosen != null ? chosen : "zh".equals(Locale.getDefault().getLanguage()) ? zh : en;
        return lang == en;
    }
}
