package index

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/internal/gencorpus"
)

// Articles written to exercise what an update must redo across the
// corpus: a line an outlet prints on its pages (furniture once on three
// of them), a paragraph another article reprints (kept once, in the
// earlier article), a surname that an article giving the full name files
// under that name.
var updateArticles = map[string]string{
	// One man spelt two ways in two articles (people's romanisedJoins)
	// and a priest named in full in one and by his given name in the
	// other: joins across surname groups.
	"spelling-a.txt": `Internees reach the sanatorium

PRAVALUN, March 3 - The first 40 internees arrived on Tuesday. Lieutenant Oleh Zarevych, who lost a leg near the river, spoke through an interpreter. "I did not believe it until I saw the plane," Zarevych said.

Father Yosyp Melnyk, a Greek Catholic priest, blessed the ward. "They are all somebody's sons," the priest said.
`,
	"spelling-b.txt": `Hunger strike ends at the sanatorium

PRAVALUN, March 20 - The hunger strike led by Lieutenant Oleg Zarevich ended on Friday. "We asked for visits, not for favours," Zarevich said.

Father Yosyp visited the strikers every evening. "Nobody starves in my parish," Father Yosyp said.
`,
	"ledger-1.txt": `Grid repairs continue in Kharkiv

By Olena Marchuk
Published 3 December 2025

Engineers restored power to three districts of Kharkiv overnight, the regional administration said.

Kyiv Ledger is on Telegram, where we follow the repairs.

Crews worked through the night to repair substations damaged by drone strikes.
`,
	"ledger-1.meta.yaml": "outlet: Kyiv Ledger\n",
	"ledger-2.txt": `Winter heating plan approved

By Olena Marchuk
Published 4 December 2025

The cabinet approved a winter heating plan for frontline cities on Thursday.

Kyiv Ledger is on Telegram, where we follow the repairs.

Mobile boiler stations will be sent to Sumy and Chernihiv before the first frost.
`,
	"ledger-2.meta.yaml": "outlet: Kyiv Ledger\n",
	"ledger-3.txt": `Schools reopen after the blackout

By Olena Marchuk
Published 5 December 2025

Schools in Kharkiv reopened on Friday after four days without power.

Kyiv Ledger is on Telegram, where we follow the repairs.

Teachers said most pupils had returned to class by noon.
`,
	"ledger-3.meta.yaml": "outlet: Kyiv Ledger\n",
	"reprint-b.txt": `Monitors named for the truce

By Jonas Berg
Published 5 December 2025

The observer mission will deploy up to 2,400 unarmed monitors along the contact line, officials said, and its first reports will go to the foreign ministers of every member state each week.

The mission's first teams are expected in Zaporizhzhia within a month.
`,
	"reprint-a.txt": `Observer mission takes shape

By Maria Lopez
Published 5 December 2025

The observer mission will deploy up to 2,400 unarmed monitors along the contact line, officials said, and its first reports will go to the foreign ministers of every member state each week.

Diplomats in Vienna are still arguing over who will lead it.
`,
	"speaker-b.txt": `Power grid holds as temperatures fall

By Ivan Petrenko
Published 6 December 2025

"We will keep the lights on this winter," said Kovalenko, speaking in Kyiv.

Repair crews have replaced four transformers since November.
`,
	"reprint-0.txt": `Vienna talks on the observer mission

By Maria Lopez
Published 4 December 2025

The observer mission will deploy up to 2,400 unarmed monitors along the contact line, officials said, and its first reports will go to the foreign ministers of every member state each week.

Kyiv Ledger is on Telegram, where we follow the repairs.
`,
	"speaker-c.txt": `Deputy mayor on the shelters

By Ivan Petrenko
Published 7 December 2025

"Every shelter in the city now has heating and water," said Iryna Kovalenko, the deputy mayor of Kharkiv.

She said 40 more would open before January.
`,
	"speaker-a.txt": `Energy minister tours substations

By Ivan Petrenko
Published 2 December 2025

"The grid is stable, but every strike costs us weeks," said Oleksandr Kovalenko, the energy minister.

He visited two substations near Dnipro on Monday.
`,
}

var updateQuestions = []string{
	"what did Kovalenko say", "what did Oleksandr Kovalenko say about the grid", "who is Kovalenko",
	"Kyiv Ledger on Telegram", "unarmed monitors along the contact line", "winter heating plan",
	"what did Marchenko say", "security guarantees binding commitments", "ceasefire monitoring drones",
	"what did the Danish prime minister say about sanctions", "interceptr missiles production",
	"frozen assets for reconstruction", "who won the world cup", "zeppelin negotiators",
}

func writeFiles(t *testing.T, dir string, files map[string]string, names ...string) {
	t.Helper()
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(files[n]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// everyAnswer is everything a user could see of an engine, as JSON.
func everyAnswer(t *testing.T, e *Engine) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for _, q := range updateQuestions {
		for _, lim := range []int{0, 1, 10} {
			a, err := e.Ask(ctx, q, AskOptions{Limit: lim, Quotes: lim})
			if err != nil {
				t.Fatalf("%q: %v", q, err)
			}
			enc.Encode(a)
		}
	}
	ts, err := e.Topics(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{ts, e.Sources(), e.Skipped(), e.Speakers(), e.People(), e.Stats(), e.Fingerprint()} {
		enc.Encode(v)
	}
	return b.String()
}

// sameIndexData compares what two engines keep of the whole corpus, but
// for what only updates have (the deleted records' terms and count).
func sameIndexData(t *testing.T, got, want *Engine) {
	t.Helper()
	g, w := *got.data, *want.data
	g.Ghosts, g.Deleted = nil, 0
	gb, _ := json.Marshal(g)
	wb, _ := json.Marshal(w)
	if string(gb) != string(wb) {
		t.Errorf("index data differ:\n got %s\nwant %s", gb, wb)
	}
	gv, err := vocabularyOf(got.idx, got.data.Ghosts)
	if err != nil {
		t.Fatal(err)
	}
	wv, err := vocabularyOf(want.idx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(gv) != len(wv) {
		t.Errorf("vocabulary: %d words, want %d", len(gv), len(wv))
	}
}

// sameRaw compares what two index folders keep of each file for the
// corpus-wide steps (RAW): an update that kept a wrong entry would answer
// alike now and go wrong at a later update.
func sameRaw(t *testing.T, got, want string) {
	t.Helper()
	read := func(dir string) []string {
		t.Helper()
		rs, table, _, err := readRaw(dir)
		if err != nil {
			t.Fatal(err)
		}
		out := make([]string, len(rs))
		for i := range rs {
			if err := rs[i].load(table); err != nil {
				t.Fatal(err)
			}
			body := *rs[i].rawBody
			rs[i].enc, rs[i].encFinal, rs[i].base, rs[i].rawBody = nil, nil, false, nil
			out[i] = fmt.Sprintf("%+v %+v", rs[i], body)
		}
		return out
	}
	g, w := read(got), read(want)
	if len(g) != len(w) {
		t.Fatalf("RAW: %d entries, want %d", len(g), len(w))
	}
	for i := range g {
		if g[i] != w[i] {
			t.Errorf("RAW entry %d:\n got %s\nwant %s", i, g[i], w[i])
		}
	}
}

// TestUpdateAnswersAsAFullBuild changes a folder in every way that
// reaches past the files changed, and checks that the updated index
// answers exactly as one built from scratch, and that it was updated
// (reading only a few files), not rebuilt.
func TestUpdateAnswersAsAFullBuild(t *testing.T) {
	// RAW and DOCS written as deltas over the first build's, at every
	// update; and written whole every time (layered.go).
	for _, c := range []struct {
		name  string
		share float64
		kind  byte
	}{{"deltas", 1, layerDelta}, {"whole", 0, layerWhole}} {
		t.Run(c.name, func(t *testing.T) {
			defer func(s float64) { maxDeltaShare = s }(maxDeltaShare)
			maxDeltaShare = c.share
			updateAsAFullBuild(t, c.kind)
		})
	}
}

func updateAsAFullBuild(t *testing.T, kind byte) {
	ctx := context.Background()
	src, data := t.TempDir(), t.TempDir()
	if err := gencorpus.WriteDir(src, 40, 1); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, src, updateArticles, "ledger-1.txt", "ledger-1.meta.yaml", "ledger-2.txt", "ledger-2.meta.yaml", "reprint-b.txt", "speaker-b.txt")
	var read int // the most files one open read
	open := func(data string) *Engine {
		t.Helper()
		read = 0
		e, err := Open(ctx, OpenOptions{DataDir: data, Folder: &Folder{Dir: src}, Progress: func(p Progress) {
			if p.Phase == "reading" {
				read = max(read, p.Done)
			}
		}})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { e.Close() })
		return e
	}
	prev := open(data)
	steps := []struct {
		name   string
		change func(t *testing.T)
	}{
		{"articles added, changed, removed, a sidecar changed, a file touched", func(t *testing.T) {
			writeFiles(t, src, updateArticles, "ledger-3.txt", "ledger-3.meta.yaml", "reprint-a.txt", "speaker-a.txt")
			art := filepath.Join(src, mustGlob(t, src, "a00003-*.txt"))
			b, _ := os.ReadFile(art)
			os.WriteFile(art, append(b, "\nThe zeppelin negotiators met in Reykjavik on Tuesday.\n"...), 0o644)
			for _, gone := range []string{"a00005-*.txt", "a00005-*.meta.yaml"} {
				os.Remove(filepath.Join(src, mustGlob(t, src, gone)))
			}
			side := filepath.Join(src, mustGlob(t, src, "a00007-*.meta.yaml"))
			b, _ = os.ReadFile(side)
			os.WriteFile(side, append(b, "title: Zeppelin talks resume\n"...), 0o644)
			later := time.Now().Add(time.Hour)
			os.Chtimes(filepath.Join(src, mustGlob(t, src, "a00009-*.txt")), later, later)
		}},
		{"the same undone", func(t *testing.T) {
			for _, n := range []string{"ledger-3.txt", "ledger-3.meta.yaml", "reprint-a.txt", "speaker-a.txt"} {
				os.Remove(filepath.Join(src, n))
			}
			writeFiles(t, src, map[string]string{"late.txt": updateArticles["speaker-b.txt"]}, "late.txt")
		}},
		{"an earlier holder of a reprinted paragraph, a second full name for a surname, a speaker's full name again", func(t *testing.T) {
			writeFiles(t, src, updateArticles, "reprint-0.txt", "speaker-c.txt", "speaker-a.txt")
		}},
		{"those removed, and a line an outlet repeats taken from one page", func(t *testing.T) {
			for _, n := range []string{"reprint-0.txt", "speaker-c.txt"} {
				os.Remove(filepath.Join(src, n))
			}
			b := strings.Replace(updateArticles["ledger-2.txt"], "Kyiv Ledger is on Telegram, where we follow the repairs.\n\n", "", 1)
			writeFiles(t, src, map[string]string{"ledger-2.txt": b}, "ledger-2.txt")
		}},
		{"the speaker's first article removed, the reprint's only holder removed", func(t *testing.T) {
			for _, n := range []string{"speaker-a.txt", "reprint-b.txt"} {
				os.Remove(filepath.Join(src, n))
			}
		}},
		{"one man's name in a second spelling, a priest's given name alone", func(t *testing.T) {
			writeFiles(t, src, updateArticles, "spelling-a.txt")
		}},
		{"their other articles added", func(t *testing.T) {
			writeFiles(t, src, updateArticles, "spelling-b.txt")
		}},
		{"the first spelling's article removed", func(t *testing.T) {
			os.Remove(filepath.Join(src, "spelling-a.txt"))
		}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.change(t)
			updated := open(data)
			readByUpdate := read
			full := open(t.TempDir())
			if updated.Dir() == prev.Dir() {
				t.Fatal("the change was not noticed")
			}
			if readByUpdate > 10 {
				t.Errorf("the update read %d files, want the few changed (a full build read %d)", readByUpdate, read)
			}
			if got, want := everyAnswer(t, updated), everyAnswer(t, full); got != want {
				gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
				for i := range min(len(gl), len(wl)) {
					if gl[i] != wl[i] {
						t.Errorf("the updated index answers differently from a full build, first at line %d:\n got %s\nwant %s", i, gl[i], wl[i])
						break
					}
				}
			}
			sameIndexData(t, updated, full)
			sameRaw(t, updated.Dir(), full.Dir())
			for _, name := range []string{rawFile, docsFile} {
				if b, err := os.ReadFile(filepath.Join(updated.Dir(), name)); err != nil || b[0] != kind {
					t.Errorf("%s written as %q, want %q (%v)", name, b[:min(len(b), 1)], kind, err)
				}
			}
			prev = updated
		})
	}
}

// TestUpdateOfAnIndexMissingAFile: an index whose SOURCES lists a file
// its RAW never held (as a crash between the two could leave) is built
// again at the next change, not updated without that file.
func TestUpdateOfAnIndexMissingAFile(t *testing.T) {
	ctx := context.Background()
	src, data := t.TempDir(), t.TempDir()
	if err := gencorpus.WriteDir(src, 10, 1); err != nil {
		t.Fatal(err)
	}
	e, err := Open(ctx, OpenOptions{DataDir: data, Folder: &Folder{Dir: src}})
	if err != nil {
		t.Fatal(err)
	}
	dir := e.Dir()
	e.Close()
	writeFiles(t, src, updateArticles, "speaker-a.txt")
	files, _, _, err := scanDir(src)
	if err != nil {
		t.Fatal(err)
	}
	m := &sourceFiles{build: buildID(), files: files}
	if err := writeBeside(dir, sourcesFile, m.encode()); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, src, updateArticles, "speaker-b.txt")
	e, err = Open(ctx, OpenOptions{DataDir: data, Folder: &Folder{Dir: src}})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	var ids []string
	for _, s := range e.Sources() {
		ids = append(ids, s.Doc)
	}
	for _, want := range []string{"speaker-a.txt", "speaker-b.txt"} {
		if !slices.Contains(ids, want) {
			t.Errorf("%s is not among the sources: %v", want, ids)
		}
	}
}

// TestReadFolderAsLoad: the folder reading that keeps what each file gave
// the corpus-wide steps, and spills the passages, reads a corpus exactly
// as corpus.Load does.
func TestReadFolderAsLoad(t *testing.T) {
	gen := t.TempDir()
	if err := gencorpus.WriteDir(gen, 30, 2); err != nil {
		t.Fatal(err)
	}
	names := make([]string, 0, len(updateArticles))
	for n := range updateArticles {
		names = append(names, n)
	}
	writeFiles(t, gen, updateArticles, names...)
	for _, dir := range []string{filepath.Join("testdata", "corpus2"), filepath.Join("testdata", "corpus3"), gen} {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			want, err := corpus.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			root, err := os.OpenRoot(dir)
			if err != nil {
				t.Fatal(err)
			}
			defer root.Close()
			got, err := streamFolder(context.Background(), corpus.NewReader(root.FS(), corpus.Options{}), filepath.Join(t.TempDir(), spillFile), nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got.fp != Fingerprint(want) {
				t.Error("the corpus read file by file differs from corpus.Load's")
			}
			gs, _ := json.Marshal(got.skipped)
			ws, _ := json.Marshal(want.Skipped)
			if string(gs) != string(ws) {
				t.Errorf("skipped %s, want %s", gs, ws)
			}
			if len(got.docs) != len(want.Documents) {
				t.Errorf("%d documents, want %d", len(got.docs), len(want.Documents))
			}
		})
	}
}
