//go:build !unix

package load

// readable is not checked ahead on this platform; ReadFile reports an
// unreadable file when the scan reads it.
func readable(string) error { return nil }
