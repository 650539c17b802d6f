// Every test speaks both languages, as every server and Node entry does (lib/server.ts installs the
// Chinese tables first thing); a test that imports lib/present or lib/i18n directly needs them too.
import "../../lib/server";
