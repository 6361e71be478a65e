//go:build (linux || darwin || freebsd) && !(linux && (amd64 || arm64 || riscv64 || loong64 || ppc64 || ppc64le || s390x || mips64 || mips64le))

package index

import "golang.org/x/sys/unix"

// fstatat is unix.Fstatat for a name ending in a zero byte.
func fstatat(dirfd int, name *byte, st *unix.Stat_t, flags int) error {
	return unix.Fstatat(dirfd, unix.BytePtrToString(name), st, flags)
}
