package index

// An update looks at a few fields of every RAW entry (the line keys of
// an outlet, the paragraph keys, the names in a cast) but needs the whole
// of only the few entries a change reaches. readRaw therefore decodes the
// head of each entry (path, skip reason, outlet) and where its other
// fields start; the scans read those fields from the entry's bytes
// without decoding it, and load decodes an entry when it is needed whole.

// Where the fields of an entry's bytes (rawEntry.enc) start.
const (
	atLines = iota
	atKeys
	atDrops
	atPeople
	atQuotes
	atReported
	atDate
	atPassageParas
	atQuoteParas
	rawFields
)

// rawHead decodes the head of an entry and steps over the rest by the
// lengths of its fields, recording where each starts; the entry is lazy
// until loaded.
func (d *rawDec) rawHead() rawEntry {
	start := len(d.b)
	r := rawEntry{Path: d.str(), Skip: d.ref(), Read: d.bool(), Outlet: d.ref(), lazy: true}
	var lengths [rawFields]uint64
	for f := range lengths {
		lengths[f] = d.uint()
	}
	at := uint64(start - len(d.b))
	for f, n := range lengths {
		if n > uint64(start) {
			d.err = errCorrupt
			return r
		}
		r.at[f] = int32(at)
		at += n
	}
	if at > uint64(start) || at >= 1<<31 {
		d.err = errCorrupt
		return r
	}
	d.b = d.b[int(at)-(start-len(d.b)):]
	return r
}

// skip steps over n varints.
func (d *dec) skip(n int) {
	for i := 0; i < n && d.err == nil; i++ {
		d.uint()
	}
}

// skipList steps over a count and per varints for each.
func (d *dec) skipList(per int) {
	n := d.int()
	if d.err == nil && n > len(d.b) {
		d.err = errCorrupt
		return
	}
	d.skip(n * per)
}

// skipPerson steps over what rawEnc.person wrote, by its length.
func (d *rawDec) skipPerson() {
	n := d.uint()
	if d.err != nil || n > uint64(len(d.b)) {
		d.err = errCorrupt
		return
	}
	d.b = d.b[n:]
}

// load decodes the whole of a lazy entry (table: RAW's strings).
func (x *rawEntry) load(table []string) error {
	if !x.lazy {
		return nil
	}
	d := rawDec{dec: dec{b: x.enc}, table: table}
	r := d.rawEntry()
	f := rawDec{dec: dec{b: x.encFinal}, table: table}
	r.Final = f.refs()
	if d.err != nil || f.err != nil {
		return errCorrupt
	}
	r.enc, r.encFinal, r.base = x.enc, x.encFinal, x.base
	*x = r
	return nil
}

// field is a decoder at the start of field f of a lazy entry.
func (x *rawEntry) field(f int, table []string) rawDec {
	return rawDec{dec: dec{b: x.enc[x.at[f]:]}, table: table}
}

// eachUint calls fn with the place and value of each number of the list
// of field f (atLines, atKeys) of a lazy entry.
func (x *rawEntry) eachUint(f int, fn func(i int, v uint64)) {
	d := x.field(f, nil)
	n := d.int()
	for i := 0; i < n && d.err == nil; i++ {
		fn(i, d.uint())
	}
}

// lines calls fn with each of x's line keys.
func (x *rawEntry) lines(fn func(k uint64)) {
	if !x.lazy {
		for _, k := range x.Lines {
			fn(k)
		}
		return
	}
	x.eachUint(atLines, func(_ int, k uint64) { fn(k) })
}

// keys appends x's paragraph keys to buf.
func (x *rawEntry) keys(buf []uint64) []uint64 {
	if !x.lazy {
		return append(buf, x.Keys...)
	}
	x.eachUint(atKeys, func(_ int, k uint64) { buf = append(buf, k) })
	return buf
}

// drops appends the places of x's paragraphs dropped as reprints to buf.
func (x *rawEntry) drops(buf []int) []int {
	if !x.lazy {
		return append(buf, x.Drops...)
	}
	x.eachUint(atDrops, func(_ int, v uint64) { buf = append(buf, int(v)) })
	return buf
}

// finalRefs calls fn with the table number of each name a lazy entry's
// quote records are filed under, in order.
func (x *rawEntry) finalRefs(fn func(j, ref int)) {
	d := rawDec{dec: dec{b: x.encFinal}}
	n := d.int()
	for j := 0; j < n && d.err == nil; j++ {
		fn(j, d.int())
	}
}
