package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

type streamDoc struct {
	Name  string         `json:"name"`
	Items []streamItem   `json:"items"`
	Tags  []string       `json:"tags"`
	Inner map[string]any `json:"inner"`
}

type streamItem struct {
	ID   int      `json:"id"`
	Text string   `json:"text"`
	Sub  []string `json:"sub,omitempty"`
}

// TestEncodeJSON: streaming the array gives the bytes json.Encoder gives
// for the whole document, including strings that look like the slot.
func TestEncodeJSON(t *testing.T) {
	items := []streamItem{
		{ID: 1, Text: `a "items": [] b <html> & é`, Sub: []string{"x", "y"}},
		{ID: 2, Text: "line\nbreak"},
		{ID: 3},
	}
	for n := 0; n <= len(items); n++ {
		doc := streamDoc{Name: `"items": []`, Items: items[:n], Tags: []string{}, Inner: map[string]any{"items": []int{}}}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		// Two empty arrays named items: which one to fill is ambiguous
		// (nothing to fill when n is 0).
		doc.Items = []streamItem{}
		var got bytes.Buffer
		if err := EncodeJSON(&got, doc, "items", n, func(i int) any { return items[i] }); (err == nil) != (n == 0) {
			t.Fatalf("n=%d: an ambiguous slot: %v", n, err)
		}
		doc.Inner = nil
		want.Reset()
		doc.Items = items[:n]
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		doc.Items = []streamItem{}
		got.Reset()
		if err := EncodeJSON(&got, doc, "items", n, func(i int) any { return items[i] }); err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		if got.String() != want.String() {
			t.Errorf("n=%d:\ngot  %s\nwant %s", n, got.String(), want.String())
		}
		// Nested deeper, the slot is indented further.
		wrapped := map[string]any{"outer": []any{doc}}
		want.Reset()
		doc.Items = items[:n]
		if err := enc.Encode(map[string]any{"outer": []any{doc}}); err != nil {
			t.Fatal(err)
		}
		doc.Items = []streamItem{}
		got.Reset()
		if err := EncodeJSON(&got, wrapped, "items", n, func(i int) any { return items[i] }); err != nil {
			t.Fatalf("n=%d nested: %v", n, err)
		}
		if got.String() != want.String() {
			t.Errorf("n=%d nested:\ngot  %s\nwant %s", n, got.String(), want.String())
		}
	}
	if err := EncodeJSON(&bytes.Buffer{}, streamDoc{}, "missing", 1, nil); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("no slot: %v", err)
	}
}
