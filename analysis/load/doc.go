// Package load finds the files a scan reads (SPEC §1, Walking) and the build
// modules they belong to (SPEC §2). Walk turns the PATH arguments into a
// Tree: the scan root, the files sorted by their root-relative path, and
// notifications for what could not be read. ReadFile reads one of them with
// the size cap enforced again.
//
// It owns the file system side of a scan and nothing else: it must not
// parse or interpret file contents (it reads only .gitignore files), print
// anything, or decide exit codes. The CLI turns a Walk error into exit
// code 2; the notes never change the exit code.
//
// # Scan root
//
// Every reported path is relative to the scan root. When every PATH is the
// working directory or inside it, the root is the working directory, so a
// scan run from a repository's top reports the repository-relative paths
// GitHub code scanning expects, even for `flinklint scan services/orders`.
// Otherwise the root is the deepest directory that holds every PATH (a file
// PATH counts as its directory). The comparison is lexical, on absolute,
// cleaned paths; symbolic links are not resolved for it. No PATH means ".".
// A PATH that does not exist, or is neither a regular file nor a directory,
// makes Walk fail.
//
// # What is returned
//
// Files of these kinds (Kind, by base name, case-sensitively): Java
// (*.java), FlinkConfig (flink-conf.yaml, config.yaml), YAML (other *.yaml,
// *.yml), BuildFile (pom.xml, build.gradle, build.gradle.kts, build.sbt),
// LogConfig (log4j*.properties, logback*.xml). Nothing else is returned.
//
// Below a directory PATH the walk skips:
//   - directories named target, build, out or node_modules, and hidden
//     directories (.git, .gradle, .idea, .github, any name starting with
//     "."); hidden files are kept;
//   - what .gitignore files ignore (below);
//   - test code, unless Options.IncludeTests: any file whose path below the
//     PATH has a src/test/ segment, and Java files named *Test.java or
//     *IT.java with a non-empty prefix, matched case-sensitively (so
//     OrdersJobTest.java and KafkaIT.java are tests; Test.java,
//     Contest.java, LatestContest.java and OrdersITCase.java are not);
//   - files over Options.MaxFileSize (4 MiB by default): a
//     flinklint/file-too-large warning names the size and the cap.
//
// The filters apply to what the walk finds below a PATH, never to the PATH
// itself or the directories above it: `flinklint scan build/generated`
// walks that directory, `flinklint scan src/test/java` returns its tests,
// and a file PATH is returned whatever its name or directory says, when it
// is of a kind above and not over the cap (a file PATH of another kind gets
// a flinklint/unsupported-file note).
//
// # Symbolic links
//
// Symbolic links to directories are never followed below a PATH, so the
// walk cannot loop; a PATH that is itself such a link is followed. A link
// to a regular file is followed: it is reported under the link's path and
// capped by the target's size. A dangling link (of a kind above) gets a
// flinklint/read-error warning. A file reached several ways (two PATHs, or
// a link and its target) is returned once: preferably by a path with no
// link in it, else by the smallest path.
//
// # Unreadable files
//
// A directory that cannot be listed, a file the process may not read
// (checked with access(2) on Unix, without opening it), or a .gitignore that
// cannot be read becomes a flinklint/read-error warning, and the walk
// continues. Named pipes, sockets and devices are never opened.
//
// # .gitignore
//
// The .gitignore files of the scan root and of every directory below it
// are honoured, and, when the root is below the top of a git work tree (a
// directory above it holds .git), so are those of the directories from the
// work tree's top down to the root. Patterns follow gitignore(5) as git 2.x implements
// it: patterns are relative to their file's directory; the last matching
// line decides and deeper files override shallower ones; "!" re-includes;
// a trailing "/" matches directories only; a "/" at the start or in the
// middle anchors the pattern to its directory, otherwise it matches a name
// at any depth; "*" and "?" never match "/"; "[...]" bracket expressions
// with "!"/"^" negation, ranges and [:class:] names; "**/" at the start,
// "/**" at the end and "/**/" in the middle match any number of
// directories (other "**" are a "*"); "\" quotes the next character, so
// "\#" and "\!" start literal patterns and "\ " keeps a trailing space;
// blank lines and "#" comments are skipped; unescaped trailing spaces, a
// trailing carriage return and a leading UTF-8 byte order mark are removed.
// As in git, a file in an ignored directory cannot be re-included (the
// directory is not entered), and a .gitignore that is a symbolic link is
// not read.
//
// Not supported: $GIT_DIR/info/exclude, core.excludesFile (user-specific,
// so a scan's result would depend on the machine), core.ignoreCase
// (matching is always case-sensitive), the index (a tracked file that a
// pattern matches is still skipped), and treating a nested repository or
// submodule as a boundary (the outer .gitignore files keep applying inside
// it).
//
// # Build modules
//
// Tree.ModuleRoot maps a path to its build module: the nearest directory at
// or above it holding pom.xml, build.gradle, build.gradle.kts or build.sbt,
// or the root. Build files count wherever the walk saw them, even when they
// are not returned (too large, ignored, test code).
package load
