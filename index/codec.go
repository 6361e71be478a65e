package index

import (
	"encoding/binary"
	"fmt"
)

// enc and dec are the compact binary form of what an index folder keeps
// beside bleve (records, documents, the manifest): unsigned varints and
// length-prefixed strings, read back in the order written. A short or
// damaged buffer makes dec report errCorrupt rather than panic.
type enc struct{ b []byte }

func (e *enc) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) int(v int)     { e.uint(uint64(v)) }
func (e *enc) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

// strs writes the strings of the lists, one after another, their count
// first.
func (e *enc) strs(lists ...[]string) {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	e.int(n)
	for _, l := range lists {
		for _, s := range l {
			e.str(s)
		}
	}
}

// errCorrupt is a side file or stored record that does not decode: the
// index is damaged.
var errCorrupt = fmt.Errorf("%w: a record or side file does not decode", ErrDamaged)

type dec struct {
	b   []byte
	err error
}

func (d *dec) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errCorrupt
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) int() int { return int(d.uint()) }

func (d *dec) str() string {
	n := d.uint()
	if d.err != nil {
		return ""
	}
	if n > uint64(len(d.b)) {
		d.err = errCorrupt
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

// bytes is str without a copy: the bytes stay d's.
func (d *dec) bytes() []byte {
	n := d.uint()
	if d.err != nil {
		return nil
	}
	if n > uint64(len(d.b)) {
		d.err = errCorrupt
		return nil
	}
	b := d.b[:n]
	d.b = d.b[n:]
	return b
}

func (d *dec) bool() bool {
	if d.err != nil || len(d.b) == 0 {
		d.err = errCorrupt
		return false
	}
	v := d.b[0] == 1
	d.b = d.b[1:]
	return v
}

func (d *dec) strs() []string {
	n := d.int()
	if d.err != nil || n > len(d.b) {
		d.err = errCorrupt
		return nil
	}
	var out []string
	for range n {
		out = append(out, d.str())
	}
	return out
}

// sharedStrs is strs for a long list read once: the strings are parts of
// one, a single allocation instead of one each.
func (d *dec) sharedStrs() []string {
	n := d.int()
	if d.err != nil || n > len(d.b) {
		d.err = errCorrupt
		return nil
	}
	start := d.b
	for range n {
		d.bytes()
	}
	if d.err != nil {
		return nil
	}
	all := string(start[:len(start)-len(d.b)])
	out := make([]string, n)
	r := dec{b: start}
	for i := range out {
		l := r.uint()
		at := len(start) - len(r.b)
		out[i] = all[at : at+int(l)]
		r.b = r.b[l:]
	}
	return out
}
