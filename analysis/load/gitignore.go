package load

import (
	"bytes"
	"strings"
)

// ignorePattern is one pattern line of a .gitignore file, parsed as git's
// parse_path_pattern does.
type ignorePattern struct {
	glob     string // wildmatch pattern: "!" and one leading and one trailing "/" removed
	negate   bool   // "!pattern": re-include what an earlier pattern excluded
	dirOnly  bool   // "pattern/": matches directories only
	basename bool   // no "/" in the pattern: matches the last path element at any depth
	literal  bool   // no wildcard or escape: compare the strings
	// prefix is the length of the literal start of glob (up to the first
	// "*", "?", "[" or "\"). Like git's match_pathname, a pattern with a
	// slash compares that prefix as a string and wildmatches only the
	// rest, as a pattern of its own: so "a**/b" behaves as "a" followed
	// by a leading "**/b" and matches "a/x/b" and "ab", where a plain
	// wildmatch of the whole pattern would treat "**" as "*".
	prefix int
}

// ignoreFile holds the patterns of one .gitignore file.
type ignoreFile struct {
	// base is the directory of the .gitignore as a slash path relative to
	// the walker's ignore origin, "" for the origin itself. Patterns are
	// matched against paths relative to it.
	base     string
	patterns []ignorePattern
}

// parseIgnore parses the contents of a .gitignore file in directory base.
// It returns nil when the file holds no pattern.
//
// As git does: a UTF-8 byte order mark is skipped; blank lines and lines
// starting with "#" are ignored; unescaped trailing spaces are removed
// ("\ " keeps one); "!" negates and "\!" or "\#" start a pattern with a
// literal "!" or "#"; a carriage return ending a line is removed, so files
// checked out with CRLF line ends behave like their LF originals.
func parseIgnore(base string, data []byte) *ignoreFile {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	f := &ignoreFile{base: base}
	for len(data) > 0 {
		var line []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, nil
		}
		line = bytes.TrimSuffix(line, []byte("\r"))
		if p, ok := parseIgnoreLine(string(line)); ok {
			f.patterns = append(f.patterns, p)
		}
	}
	if len(f.patterns) == 0 {
		return nil
	}
	return f
}

func parseIgnoreLine(s string) (ignorePattern, bool) {
	if s == "" || s[0] == '#' {
		return ignorePattern{}, false
	}
	s = trimTrailingSpaces(s)
	var p ignorePattern
	if strings.HasPrefix(s, "!") {
		p.negate = true
		s = s[1:]
	}
	if strings.HasSuffix(s, "/") {
		p.dirOnly = true
		s = s[:len(s)-1]
	}
	if s == "" {
		return ignorePattern{}, false
	}
	p.basename = !strings.Contains(s, "/")
	// A leading slash anchors the pattern to the .gitignore's directory,
	// which every pattern with a slash already is.
	s = strings.TrimPrefix(s, "/")
	if s == "" {
		return ignorePattern{}, false
	}
	p.glob = s
	p.prefix = strings.IndexAny(s, "*?[\\")
	p.literal = p.prefix < 0
	return p, true
}

// trimTrailingSpaces removes trailing spaces that are not escaped with a
// backslash, like git's trim_trailing_spaces (tabs are kept).
func trimTrailingSpaces(s string) string {
	lastSpace := -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			if lastSpace < 0 {
				lastSpace = i
			}
		case '\\':
			i++
			if i >= len(s) {
				return s
			}
			lastSpace = -1
		default:
			lastSpace = -1
		}
	}
	if lastSpace >= 0 {
		return s[:lastSpace]
	}
	return s
}

// match reports whether a pattern of f decides path rel (relative to
// f.base; name is its last element) and, when one does, whether it is
// ignored. The last matching pattern decides.
func (f *ignoreFile) match(rel, name string, isDir bool) (decided, ignored bool) {
	for i := len(f.patterns) - 1; i >= 0; i-- {
		p := &f.patterns[i]
		if p.dirOnly && !isDir {
			continue
		}
		var ok bool
		switch {
		case p.literal && p.basename:
			ok = name == p.glob
		case p.literal:
			ok = rel == p.glob
		case p.basename:
			ok = wildmatch(p.glob, name)
		default:
			ok = strings.HasPrefix(rel, p.glob[:p.prefix]) && wildmatch(p.glob[p.prefix:], rel[p.prefix:])
		}
		if ok {
			return true, !p.negate
		}
	}
	return false, false
}

// ignoreStack is the .gitignore files that apply in a directory, outermost
// first. Deeper files take precedence, as in git.
type ignoreStack []*ignoreFile

// ignored reports whether the path orel (relative to the ignore origin) is
// ignored; name is its last element.
func (s ignoreStack) ignored(orel, name string, isDir bool) bool {
	for i := len(s) - 1; i >= 0; i-- {
		f := s[i]
		rel := orel
		if f.base != "" {
			// Every file on the stack is an ancestor of orel.
			rel = orel[len(f.base)+1:]
		}
		if decided, ignored := f.match(rel, name, isDir); decided {
			return ignored
		}
	}
	return false
}

// push returns s with f added, never sharing a backing array with s so
// sibling directories cannot overwrite each other's stacks.
func (s ignoreStack) push(f *ignoreFile) ignoreStack {
	if f == nil {
		return s
	}
	out := make(ignoreStack, len(s), len(s)+1)
	copy(out, s)
	return append(out, f)
}
