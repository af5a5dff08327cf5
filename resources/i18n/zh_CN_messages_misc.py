"""Chinese for the new-user walkthrough's fixes in the core and the CLI (the import's "how to fix" lines, the
command line's help texts), by English source. Merged by resources/i18n/zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    # workstation/cli/intake_cmd.py: how to import a refused file
    "  To fix: name the column for {label}, e.g. --map {pair} (its header as written in the file); or give every row the same value: --default {default}; or put these in a mapping file: --mapping FILE (see resources/intake/mapping-example.toml)":
        "  解决办法：指明哪一列是{label}，例如 --map {pair}（列名照文件原样写）；或为每一行填同一个值：--default {default}；或把这些写进映射文件：--mapping 文件（格式见 resources/intake/mapping-example.toml）",
    "  To fix: name the column for {label}, e.g. --map {pair} (its header as written in the file); or put it in a mapping file: --mapping FILE (see resources/intake/mapping-example.toml)":
        "  解决办法：指明哪一列是{label}，例如 --map {pair}（列名照文件原样写）；或写进映射文件：--mapping 文件（格式见 resources/intake/mapping-example.toml）",
    "  To fix: name the columns for the phone number and the scam type, each header as written in the file, e.g. {maps}; or put them in a mapping file: --mapping FILE (see resources/intake/mapping-example.toml)":
        "  解决办法：指明哪一列是手机号、哪一列是诈骗类型（列名照文件原样写），例如 {maps}；或写进映射文件：--mapping 文件（格式见 resources/intake/mapping-example.toml）",
}
