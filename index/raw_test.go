package index

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

// TestRawRewrite: an update writes the RAW entries it did not change as
// they were read, and the entries it did with the strings they add; the
// RAW read back is the entries as they are now, as a RAW written from
// scratch gives them.
func TestRawRewrite(t *testing.T) {
	entries := []rawEntry{
		{Path: "a.txt", Read: true, Outlet: "Wire", rawBody: &rawBody{Lines: []uint64{1, 2}, Keys: []uint64{3}, Drops: []int{0},
			People:   []corpus.Person{{Name: "Anna Berg", Role: "envoy", Aliases: []string{"berg"}, Quotes: 1, Credits: []corpus.Credit{{Doc: "a.txt", Line: "By Anna Berg"}}}},
			Quotes:   []corpus.Speaker{{Name: "Anna Berg", Role: "envoy"}},
			Reported: []string{"Anna Berg"}, Final: []string{"Anna Berg", "Anna Berg"}, Date: "2025-12-09",
			PassageParas: []int{1, 2}, QuoteParas: []int{2, 2}}},
		{Path: "b.txt", Skip: "empty"},
		{Path: "c.txt", Read: true, Outlet: "Wire", rawBody: &rawBody{Lines: []uint64{2}, Final: []string{""}, Date: "2025-12-10", QuoteParas: []int{1}}},
	}
	dir := t.TempDir()
	write := func(b []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, rawFile), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func() ([]rawEntry, []string) {
		t.Helper()
		rs, table, _, err := readRaw(dir)
		if err != nil {
			t.Fatal(err)
		}
		for i := range rs {
			if err := rs[i].load(table); err != nil {
				t.Fatal(err)
			}
		}
		return rs, table
	}
	// plain is the entries' content (as encodeRawEntry writes it alone,
	// whatever their bytes read).
	plain := func(rs []rawEntry) []string {
		out := make([]string, len(rs))
		for i := range rs {
			out[i] = encodeRawEntry(&rs[i])
		}
		return out
	}
	write(encodeRaw(entries, nil))
	got, table := read()
	if !reflect.DeepEqual(plain(got), plain(entries)) {
		t.Fatalf("read back\n%+v\nwant\n%+v", got, entries)
	}
	// c.txt read again, with a new outlet and speaker; d.txt added.
	got[2] = rawEntry{Path: "c.txt", Read: true, Outlet: "Ledger", rawBody: &rawBody{Quotes: []corpus.Speaker{{Name: "Ivan Petrenko"}}, Final: []string{"Ivan Petrenko"}, QuoteParas: []int{3}}}
	got = append(got, rawEntry{Path: "d.txt", Skip: "empty"})
	want := plain(got)
	write(encodeRaw(got, table))
	again, _ := read()
	if !reflect.DeepEqual(plain(again), want) {
		t.Fatalf("rewritten, read back\n%+v\nwant\n%+v", again, got)
	}
	for i := range got {
		got[i].enc, got[i].encFinal = nil, nil
	}
	write(encodeRaw(got, nil))
	scratch, _ := read()
	if !reflect.DeepEqual(plain(scratch), plain(again)) {
		t.Fatal("a RAW rewritten differs from one written from scratch")
	}
}

// TestRawDelta: an update's RAW is a delta over the whole RAW of an
// earlier folder (a hard link to it) holding the entries changed, added
// and dropped; read back, it is the entries as they are now, as a RAW
// written whole gives them, through deltas over deltas.
func TestRawDelta(t *testing.T) {
	defer func(s float64) { maxDeltaShare = s }(maxDeltaShare)
	maxDeltaShare = 1
	var entries []rawEntry
	for _, p := range []string{"a.txt", "b.txt", "c.txt", "e.txt"} {
		entries = append(entries, rawEntry{Path: p, Read: true, Outlet: "Wire", rawBody: &rawBody{Lines: []uint64{1, 2}, Keys: []uint64{3},
			Quotes: []corpus.Speaker{{Name: "Anna Berg", Role: "envoy"}}, Final: []string{"Anna Berg"}, Date: "2025-12-09", QuoteParas: []int{1}}})
	}
	plain := func(rs []rawEntry) []string {
		out := make([]string, len(rs))
		for i := range rs {
			out[i] = encodeRawEntry(&rs[i])
		}
		return out
	}
	read := func(dir string) ([]rawEntry, []string, *rawBase) {
		t.Helper()
		rs, table, base, err := readRaw(dir)
		if err != nil {
			t.Fatal(err)
		}
		for i := range rs {
			if err := rs[i].load(table); err != nil {
				t.Fatal(err)
			}
		}
		return rs, table, base
	}
	first := t.TempDir()
	if err := writeLayered(first, rawFile, "", 0, nil, func() []byte { return encodeRaw(entries, nil) }); err != nil {
		t.Fatal(err)
	}
	changes := []func(rs []rawEntry) []rawEntry{
		func(rs []rawEntry) []rawEntry { // c.txt read again, b.txt removed, 0.txt and d.txt added
			rs[2] = rawEntry{Path: "c.txt", Read: true, Outlet: "Ledger", rawBody: &rawBody{Quotes: []corpus.Speaker{{Name: "Ivan Petrenko"}}, Final: []string{"Ivan Petrenko"}, QuoteParas: []int{3}}}
			out := []rawEntry{{Path: "0.txt", Skip: "empty"}, rs[0], rs[2], {Path: "d.txt", Read: true, Outlet: "Kyiv Ledger"}}
			return append(out, rs[3:]...)
		},
		func(rs []rawEntry) []rawEntry { // a.txt read again, d.txt (of the delta) removed
			rs[1] = rawEntry{Path: "a.txt", Skip: "too large"}
			return append(rs[:3], rs[4:]...)
		},
		func(rs []rawEntry) []rawEntry { return rs }, // nothing
	}
	dir := first
	for i, change := range changes {
		rs, table, base := read(dir)
		rs = change(rs)
		want := plain(rs)
		next := t.TempDir()
		if err := writeLayered(next, rawFile, base.path, base.size, encodeRawDelta(rs, table, base), func() []byte { return encodeRaw(rs, table) }); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(filepath.Join(next, rawFile))
		if b[0] != layerDelta {
			t.Fatalf("change %d: RAW written whole", i)
		}
		fb, _ := os.Stat(filepath.Join(first, rawFile))
		nb, _ := os.Stat(filepath.Join(next, rawFile+baseSuffix))
		if !os.SameFile(fb, nb) {
			t.Fatalf("change %d: the base is not the first RAW", i)
		}
		got, _, _ := read(next)
		if !reflect.DeepEqual(plain(got), want) {
			t.Fatalf("change %d: read back\n%q\nwant\n%q", i, plain(got), want)
		}
		dir = next
	}
}
