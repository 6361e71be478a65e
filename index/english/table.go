package english

import (
	"sort"
	"strings"
)

// table is a sorted TSV embedded as one string: lines "key<TAB>rest",
// sorted by key in byte order, comment lines starting with "#" first.
type table struct {
	lines []int // byte offset of each data line
	data  string
}

func newTable(data string) *table {
	t := &table{data: data}
	for off := 0; off < len(data); {
		end := strings.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		if end > 0 && data[off] != '#' {
			t.lines = append(t.lines, off)
		}
		off += end + 1
	}
	return t
}

// line returns the text of data line i.
func (t *table) line(i int) string {
	s := t.data[t.lines[i]:]
	if end := strings.IndexByte(s, '\n'); end >= 0 {
		s = s[:end]
	}
	return s
}

func keyOf(line string) string {
	if i := strings.IndexByte(line, '\t'); i >= 0 {
		return line[:i]
	}
	return line
}

// get returns the rest of the line whose key is key.
func (t *table) get(key string) (string, bool) {
	i := sort.Search(len(t.lines), func(i int) bool { return keyOf(t.line(i)) >= key })
	if i == len(t.lines) {
		return "", false
	}
	l := t.line(i)
	if keyOf(l) != key {
		return "", false
	}
	if len(l) == len(key) {
		return "", true
	}
	return l[len(key)+1:], true
}
