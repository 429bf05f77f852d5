//go:build unix

package load

import "syscall"

// readable reports (as an error) whether the process may read the file at
// path, without opening it: one access(2) call.
func readable(path string) error {
	const rOK = 4 // R_OK
	return syscall.Access(path, rOK)
}
