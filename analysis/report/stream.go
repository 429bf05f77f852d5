package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// EncodeJSON writes doc as json.Encoder does with two-space indentation and
// HTML escaping off, trailing newline included, except that the array
// under key, which must be empty in doc (and the only member named key),
// is written from elem(0), ..., elem(n-1) one element at a time. The bytes
// are those of encoding doc with the array filled in; memory holds one
// element's encoding rather than the whole document's (a SARIF log of a
// large monorepo is tens of megabytes, and encoding/json builds it in
// memory twice, compact and indented).
func EncodeJSON(w io.Writer, doc any, key string, n int, elem func(i int) any) error {
	var head bytes.Buffer
	if err := encode(&head, doc, ""); err != nil {
		return err
	}
	if n == 0 {
		_, err := w.Write(head.Bytes())
		return err
	}
	// In encoded JSON a quote inside a string is escaped, so the key
	// followed by an empty array can only be that member.
	slot := []byte(`"` + key + `": []`)
	at := bytes.Index(head.Bytes(), slot)
	if at < 0 || bytes.Count(head.Bytes(), slot) != 1 {
		return fmt.Errorf("report: no single empty %q array to stream into", key)
	}
	line := bytes.LastIndexByte(head.Bytes()[:at], '\n') + 1
	indent := string(head.Bytes()[line:at])
	open := at + len(slot) - 1 // after the '['

	bw := bufio.NewWriter(w)
	bw.Write(head.Bytes()[:open])
	var buf bytes.Buffer
	for i := 0; i < n; i++ {
		buf.Reset()
		if err := encode(&buf, elem(i), indent+"  "); err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n" + indent + "  ")
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	bw.WriteString("\n" + indent)
	bw.Write(head.Bytes()[open:])
	return bw.Flush()
}

func encode(w io.Writer, v any, prefix string) error {
	enc := json.NewEncoder(w)
	enc.SetIndent(prefix, "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
