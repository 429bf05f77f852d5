package load

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/parser"
)

// Walk finds the files a scan reads under paths (the PATH arguments; none
// means "."). It fails only when a PATH does not exist or is neither a
// regular file nor a directory, or when the working directory or a common
// root cannot be determined; everything else (unreadable directories and
// files, files over the cap, dangling links) becomes a note in the Tree.
// See the package documentation for the root rule and what is skipped.
func Walk(paths []string, opt Options) (*Tree, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	cwd, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("working directory: %w", err)
	}
	args := make([]pathArg, 0, len(paths))
	for _, p := range paths {
		abs := filepath.Clean(p)
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(cwd, abs)
		}
		fi, err := os.Stat(abs) // follows a PATH that is a symbolic link
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, pathErrCause(err))
		}
		if !fi.IsDir() && !fi.Mode().IsRegular() {
			return nil, fmt.Errorf("%s: not a regular file or directory", p)
		}
		args = append(args, pathArg{abs: abs, dir: fi.IsDir(), size: fi.Size()})
	}
	root, err := scanRoot(cwd, args)
	if err != nil {
		return nil, err
	}
	w := &walker{
		opt:           opt,
		limit:         opt.maxSize(),
		root:          root,
		ignores:       map[string]*ignoreFile{},
		cands:         map[string]candidate{},
		modules:       map[string]bool{},
		moduleChecked: map[string]bool{},
	}
	w.loadAncestorIgnores()
	for _, a := range args {
		if a.dir {
			w.walkArg(a)
		} else {
			w.addArgFile(a)
		}
	}
	return w.tree(), nil
}

// pathArg is one PATH argument, made absolute.
type pathArg struct {
	abs  string
	dir  bool
	size int64 // of a file argument (its target's, for a link)
}

// scanRoot applies the root rule: the working directory when every PATH is
// inside it, otherwise the deepest directory holding all of them.
func scanRoot(cwd string, args []pathArg) (string, error) {
	inside := true
	for _, a := range args {
		if !within(cwd, a.abs) {
			inside = false
			break
		}
	}
	if inside {
		return cwd, nil
	}
	var root string
	for i, a := range args {
		d := a.abs
		if !a.dir {
			d = filepath.Dir(d)
		}
		if i == 0 {
			root = d
			continue
		}
		for !within(root, d) {
			parent := filepath.Dir(root)
			if parent == root {
				return "", fmt.Errorf("%s and %s have no common directory to use as the scan root", args[0].abs, a.abs)
			}
			root = parent
		}
	}
	return root, nil
}

// within reports whether p is dir or below it (lexically).
func within(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	if err != nil || filepath.IsAbs(rel) {
		return false
	}
	return rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// relSlash returns p relative to dir as a slash path, "" for dir itself.
// p must be within dir.
func relSlash(dir, p string) string {
	rel, err := filepath.Rel(dir, p)
	if err != nil || rel == "." {
		return ""
	}
	return filepath.ToSlash(rel)
}

// joinRel joins two slash paths, either of which may be "".
func joinRel(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "/" + b
}

// skipDir reports whether a directory met during the walk is skipped by
// name: build output, dependencies, IDE and VCS metadata, anything hidden.
func skipDir(name string) bool {
	if strings.HasPrefix(name, ".") { // .git, .gradle, .idea, .github, ...
		return true
	}
	switch name {
	case "target", "build", "out", "node_modules":
		return true
	}
	return false
}

// candidate is a file to return, before deduplication.
type candidate struct {
	ref FileRef
	// viaLink is set when the file was reached through a symbolic link
	// (the file itself or the PATH it was found under). Of several ways to
	// reach one file, the one without a link wins, then the smallest Rel.
	viaLink bool
}

func (c candidate) better(than candidate) bool {
	if c.viaLink != than.viaLink {
		return !c.viaLink
	}
	return c.ref.Rel < than.ref.Rel
}

type walker struct {
	opt   Options
	limit int64
	root  string

	// .gitignore handling. Patterns are matched against paths relative to
	// the ignore origin: the top of the git work tree holding root when
	// there is one, root otherwise. rootO is root relative to it.
	rootO     string
	ancestors ignoreStack            // the .gitignore files above root, outermost first
	ignores   map[string]*ignoreFile // parsed .gitignore by origin-relative directory (nil: none)

	cands         map[string]candidate // by real path
	notes         []analysis.Notification
	modules       map[string]bool // root-relative directories holding a build file
	moduleChecked map[string]bool // directories whose build files were looked for
}

// argWalk is the state of walking one directory PATH.
type argWalk struct {
	relOff   int    // Rel[relOff:] is the path below the PATH
	realBase string // the PATH with symbolic links resolved
	viaLink  bool   // the PATH itself goes through a symbolic link
}

// loadAncestorIgnores finds the git work tree holding the root and reads
// the .gitignore files between its top and the root (exclusive).
func (w *walker) loadAncestorIgnores() {
	top := ""
	for d := w.root; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			top = d
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	if top == "" || top == w.root {
		return
	}
	w.rootO = relSlash(top, w.root)
	dir := ""
	for _, seg := range strings.Split(w.rootO, "/") {
		w.ancestors = w.ancestors.push(w.loadIgnore(filepath.Join(top, filepath.FromSlash(dir)), dir))
		dir = joinRel(dir, seg)
	}
}

// loadIgnore reads and parses the .gitignore in dirAbs (orel relative to
// the ignore origin), once. Like git, it does not follow a .gitignore that
// is a symbolic link.
func (w *walker) loadIgnore(dirAbs, orel string) *ignoreFile {
	if f, ok := w.ignores[orel]; ok {
		return f
	}
	var f *ignoreFile
	p := filepath.Join(dirAbs, ".gitignore")
	if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() {
		notePath, msgPath := w.notePath(p), ""
		if notePath == "" {
			msgPath = p + ": "
		}
		switch data, err := readLimited(p, fi.Size(), w.limit); {
		case errors.Is(err, ErrTooLarge):
			w.note(NoteFileTooLarge, notePath, msgPath+"file is "+sizeOverCap(fi.Size(), w.limit)+"; its patterns were not applied")
		case err != nil:
			w.note(NoteReadError, notePath, msgPath+"cannot read .gitignore: "+pathErrCause(err).Error()+"; its patterns were not applied")
		default:
			f = parseIgnore(orel, data)
		}
	}
	w.ignores[orel] = f
	return f
}

func readLimited(p string, size, limit int64) ([]byte, error) {
	if size > limit {
		return nil, ErrTooLarge
	}
	return ReadFile(FileRef{Abs: p}, limit)
}

// notePath returns the root-relative slash path of abs for a notification,
// or "" when abs lies outside the root.
func (w *walker) notePath(abs string) string {
	if !within(w.root, abs) {
		return ""
	}
	return relSlash(w.root, abs)
}

// walkArg walks a directory PATH.
func (w *walker) walkArg(a pathArg) {
	rel := relSlash(w.root, a.abs)
	stack := w.ancestors
	if rel != "" {
		// The .gitignore files and build files of the directories from the
		// root down to the PATH's parent apply to it too.
		dir := ""
		for _, seg := range strings.Split(rel, "/") {
			stack = stack.push(w.loadIgnore(filepath.Join(w.root, filepath.FromSlash(dir)), joinRel(w.rootO, dir)))
			w.checkModule(dir)
			dir = joinRel(dir, seg)
		}
	}
	st := &argWalk{realBase: a.abs}
	if rel != "" {
		st.relOff = len(rel) + 1
	}
	if real, err := filepath.EvalSymlinks(a.abs); err == nil {
		st.realBase = real
		st.viaLink = real != a.abs
	}
	w.walkDir(a.abs, rel, stack, st)
}

// walkDir walks directory abs (rel relative to the root).
func (w *walker) walkDir(abs, rel string, stack ignoreStack, st *argWalk) {
	entries, err := os.ReadDir(abs)
	if err != nil {
		p := rel
		if p == "" {
			p = "."
		}
		w.note(NoteReadError, p, "cannot read directory: "+pathErrCause(err).Error()+"; the files in it were not analyzed")
		// ReadDir returns what it read before the error; walk that.
	}
	orel := joinRel(w.rootO, rel)
	w.moduleChecked[rel] = true
	for _, e := range entries {
		switch name := e.Name(); {
		case name == ".gitignore" && e.Type().IsRegular():
			stack = stack.push(w.loadIgnore(abs, orel))
		case isBuildFileName(name) && !e.IsDir():
			w.modules[rel] = true
		}
	}
	for _, e := range entries {
		name, typ := e.Name(), e.Type()
		switch {
		case typ.IsDir():
			if skipDir(name) || stack.ignored(joinRel(orel, name), name, true) {
				continue
			}
			w.walkDir(filepath.Join(abs, name), joinRel(rel, name), stack, st)
		default:
			// Regular files, symbolic links, and named pipes, sockets and
			// devices, which are never read but reported when named like
			// a file flinklint reads.
			w.visitFile(e, abs, rel, orel, stack, st)
		}
	}
}

// specialKind names a file type that is neither regular nor a directory,
// for notifications.
func specialKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "of type " + m.Type().String()
}

// visitFile considers the file e in directory dirAbs. Symbolic links are
// followed to files only; a link to a directory is skipped, so the walk
// cannot loop. A file that is not regular is reported, never opened.
func (w *walker) visitFile(e fs.DirEntry, dirAbs, dirRel, dirORel string, stack ignoreStack, st *argWalk) {
	name := e.Name()
	kind := KindOf(name)
	if kind == Other {
		return
	}
	rel := joinRel(dirRel, name)
	if !w.opt.IncludeTests && isTestFile(rel[st.relOff:], name, kind) {
		return
	}
	if stack.ignored(joinRel(dirORel, name), name, false) {
		return
	}
	abs := filepath.Join(dirAbs, name)
	ref := FileRef{Rel: rel, Abs: abs, Kind: kind}
	special := func(m fs.FileMode) {
		// Opening a pipe would block the scan; say why the file is left out.
		w.note(NoteReadError, rel, "not a regular file ("+specialKind(m)+"); not analyzed")
	}
	if e.Type()&fs.ModeSymlink != 0 {
		fi, err := os.Stat(abs)
		if err != nil {
			w.linkError(abs, rel, err)
			return
		}
		switch {
		case fi.IsDir():
			return // never followed, so the walk cannot loop
		case !fi.Mode().IsRegular():
			special(fi.Mode())
			return
		}
		ref.Size = fi.Size()
		w.add(realPath(abs), ref, true)
		return
	}
	if !e.Type().IsRegular() {
		special(e.Type())
		return
	}
	fi, err := e.Info()
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) { // else removed since ReadDir
			w.note(NoteReadError, rel, "cannot read file: "+pathErrCause(err).Error()+"; not analyzed")
		}
		return
	}
	ref.Size = fi.Size()
	key := abs // the real path, unless the PATH went through a link
	if st.viaLink {
		key = filepath.Join(st.realBase, filepath.FromSlash(rel[st.relOff:]))
	}
	w.add(key, ref, st.viaLink)
}

func (w *walker) linkError(abs, rel string, err error) {
	if errors.Is(err, fs.ErrNotExist) {
		target, _ := os.Readlink(abs)
		w.note(NoteReadError, rel, fmt.Sprintf("dangling symbolic link to %q; not analyzed", target))
		return
	}
	w.note(NoteReadError, rel, "cannot follow symbolic link: "+pathErrCause(err).Error()+"; not analyzed")
}

// addArgFile adds a file PATH: no skip rule applies to it but the size cap.
func (w *walker) addArgFile(a pathArg) {
	rel := relSlash(w.root, a.abs)
	w.checkModule("")
	if parent := path.Dir(rel); parent != "." {
		dir := ""
		for _, seg := range strings.Split(parent, "/") {
			dir = joinRel(dir, seg)
			w.checkModule(dir)
		}
	}
	kind := KindOf(filepath.Base(a.abs))
	if kind == Other {
		w.noteAt(analysis.LevelNote, NoteUnsupportedFile, rel, "not a file flinklint reads (Java source, Flink config, YAML, build file or log config); skipped")
		return
	}
	real := realPath(a.abs)
	w.add(real, FileRef{Rel: rel, Abs: a.abs, Kind: kind, Size: a.size}, real != a.abs)
}

// checkModule records whether root-relative directory dir holds a build
// file, for directories the walk does not list (ancestors of PATHs).
func (w *walker) checkModule(dir string) {
	if w.moduleChecked[dir] {
		return
	}
	w.moduleChecked[dir] = true
	for _, name := range buildFileNames {
		if fi, err := os.Lstat(filepath.Join(w.root, filepath.FromSlash(dir), name)); err == nil && !fi.IsDir() {
			w.modules[dir] = true
			return
		}
	}
}

func realPath(abs string) string {
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}

// add records a file found under key (its real path), unless it cannot be
// read.
func (w *walker) add(key string, ref FileRef, viaLink bool) {
	if ref.Size <= w.limit {
		if err := readable(ref.Abs); err != nil {
			w.note(NoteReadError, ref.Rel, "cannot read file: "+pathErrCause(err).Error()+"; not analyzed")
			return
		}
	}
	c := candidate{ref: ref, viaLink: viaLink}
	if old, ok := w.cands[key]; ok && !c.better(old) {
		return
	}
	w.cands[key] = c
}

// note records a warning-level notification about rel ("" for none).
func (w *walker) note(id, rel, msg string) {
	w.noteAt(analysis.LevelWarning, id, rel, msg)
}

func (w *walker) noteAt(level analysis.Level, id, rel, msg string) {
	w.notes = append(w.notes, analysis.Notification{
		ID:       id,
		Level:    level,
		Message:  msg,
		Location: parser.Location{Path: rel},
	})
}

// tree builds the sorted result.
func (w *walker) tree() *Tree {
	t := &Tree{Root: w.root, modules: w.modules}
	for _, c := range w.cands {
		if c.ref.Size > w.limit {
			w.note(NoteFileTooLarge, c.ref.Rel, "file is "+sizeOverCap(c.ref.Size, w.limit)+"; not analyzed")
			continue
		}
		t.Files = append(t.Files, c.ref)
	}
	slices.SortFunc(t.Files, func(a, b FileRef) int { return cmp.Compare(a.Rel, b.Rel) })
	t.Files = slices.CompactFunc(t.Files, func(a, b FileRef) bool { return a.Rel == b.Rel })
	slices.SortFunc(w.notes, compareNotes)
	t.Notes = slices.CompactFunc(w.notes, func(a, b analysis.Notification) bool { return compareNotes(a, b) == 0 })
	return t
}

// compareNotes orders notifications as report.CompareNotifications does:
// path, position, id, message, level.
func compareNotes(a, b analysis.Notification) int {
	return cmp.Or(
		cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Col, b.Pos.Col),
		cmp.Compare(a.Pos.EndLine, b.Pos.EndLine),
		cmp.Compare(a.Pos.EndCol, b.Pos.EndCol),
		cmp.Compare(a.ID, b.ID),
		cmp.Compare(a.Message, b.Message),
		cmp.Compare(a.Level, b.Level),
	)
}
