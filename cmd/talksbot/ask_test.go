package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
)

// talksbot runs the CLI in-process and returns its exit status and output.
func talksbot(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestAskHuman(t *testing.T) {
	data := t.TempDir()
	tests := []struct {
		name     string
		question string
		check    func(t *testing.T, out string)
	}{
		{"both Peskov quotes, attributed and cited", "what did Peskov say", func(t *testing.T, out string) {
			for _, q := range []string{"We want peace", "We have not seen any texts yet. Once we see them, we will analyze them."} {
				if !strings.Contains(out, "> "+q) {
					t.Errorf("quote %q missing", q)
				}
			}
			// The intro gives his role; the attributions do not repeat it.
			attr := regexp.MustCompile(`(?m)^> — Dmitry Peskov \[(\d+)\]$`).FindAllStringSubmatch(out, -1)
			if len(attr) != 2 {
				t.Fatalf("%d quotes attributed to Dmitry Peskov; want 2", len(attr))
			}
			for _, m := range attr {
				cite := regexp.MustCompile(`(?m)^\[` + m[1] + `\] (.*)$`).FindStringSubmatch(out)
				if cite == nil || !strings.Contains(cite[1], " · DW · ") || !strings.Contains(cite[1], "2025-12-18") {
					t.Errorf("citation [%s] = %v, want the DW article of 2025-12-18", m[1], cite)
				}
			}
			if !strings.HasPrefix(out, "Dmitry Peskov (Kremlin spokesman) is quoted twice") {
				t.Errorf("intro: %q", strings.SplitN(out, "\n", 2)[0])
			}
		}},
		{"Merz is mentioned, never quoted", "what did Merz say", func(t *testing.T, out string) {
			if !strings.Contains(out, "Friedrich Merz is mentioned but never quoted") {
				t.Errorf("does not say Merz is not quoted:\n%s", out)
			}
			if strings.Contains(out, "> —") {
				t.Errorf("shows a quote for someone never quoted:\n%s", out)
			}
			if n := len(regexp.MustCompile(`\*\*[^*]*Merz[^*]*\*\*`).FindAllString(out, -1)); n < 2 {
				t.Errorf("%d highlighted mentions of Merz, want the passages that mention him", n)
			}
		}},
		{"world cup is not covered", "who won the world cup", func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "The articles don't cover that.") {
				t.Errorf("intro: %q", out)
			}
			if !strings.Contains(out, "Security guarantees") || strings.Contains(out, "Sources:") {
				t.Errorf("want topics offered and no sources:\n%s", out)
			}
		}},
		{"typo in a search", "multinational forse", func(t *testing.T, out string) {
			if !strings.Contains(out, "**multinational force**") {
				t.Errorf("matched words not highlighted:\n%s", out)
			}
		}},
		{"words in most passages are not bold", "security garantees", func(t *testing.T, out string) {
			if strings.Contains(out, "**") {
				t.Errorf("security and guarantees are in most passages, yet bold:\n%s", out)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := talksbot(t, "ask", "--data-dir", data, tt.question)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			tt.check(t, out)
		})
	}
}

func TestAskJSON(t *testing.T) {
	data := t.TempDir()
	sourceKeys := []string{"author", "date", "doc", "outlet", "paragraph", "section", "title", "url"}
	tests := []struct {
		question string
		speaker  string
		quotes   int
		passages bool
	}{
		{"what did Peskov say", "Dmitry Peskov", 2, true},
		{"what did Merz say", "Friedrich Merz", 0, true},
		{"who is Claudia Major?", "", 2, true},
		{"who won the world cup", "", 0, false},
		{"security guarantees", "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			code, out, errs := talksbot(t, "ask", "--data-dir", data, "--json", tt.question)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var raw map[string]json.RawMessage
			if err := json.Unmarshal([]byte(out), &raw); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			// The JSON is a contract: fields are added, never renamed or
			// removed.
			if got := keys(raw); strings.Join(got, ",") != "closest,no_answer,passages,question,quotes,speaker" {
				t.Errorf("keys %v", got)
			}
			if want := fmt.Sprint(!tt.passages && tt.quotes == 0); string(raw["no_answer"]) != want {
				t.Errorf("no_answer %s, want %s", raw["no_answer"], want)
			}
			if string(raw["quotes"]) == "null" || string(raw["passages"]) == "null" {
				t.Errorf("null list: %s", out)
			}
			var a struct {
				Question string
				Speaker  string
				Quotes   []map[string]json.RawMessage
				Passages []map[string]json.RawMessage
			}
			json.Unmarshal([]byte(out), &a)
			// Reported speech follows the quotations, marked "reported"
			// (a field added to the contract, present only when true).
			direct := 0
			for _, q := range a.Quotes {
				if string(q["reported"]) != "true" {
					direct++
				}
			}
			if a.Question != tt.question || a.Speaker != tt.speaker || direct != tt.quotes || (len(a.Passages) > 0) != tt.passages {
				t.Errorf("got question %q speaker %q, %d quotes (%d direct), %d passages", a.Question, a.Speaker, len(a.Quotes), direct, len(a.Passages))
			}
			for _, q := range a.Quotes {
				want := "role,source,speaker,text"
				if string(q["reported"]) == "true" {
					want = "reported,role,source,speaker,text"
				}
				if got := strings.Join(keys(q), ","); got != want {
					t.Errorf("quote keys %s, want %s", got, want)
				}
				var src map[string]json.RawMessage
				json.Unmarshal(q["source"], &src)
				if strings.Join(keys(src), ",") != strings.Join(sourceKeys, ",") || string(src["date"]) != `"2025-12-18"` || string(src["outlet"]) != `"DW"` {
					t.Errorf("quote source %s", q["source"])
				}
			}
			for _, p := range a.Passages {
				if got := strings.Join(keys(p), ","); got != "highlight,score,source,text" {
					t.Errorf("passage keys %s", got)
				}
			}
		})
	}
}

func TestAskLimit(t *testing.T) {
	data := t.TempDir()
	for _, limit := range []int{1, 3} {
		code, out, errs := talksbot(t, "ask", "--data-dir", data, "--json", "--limit", fmt.Sprint(limit), "security guarantees")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var a struct{ Passages []json.RawMessage }
		json.Unmarshal([]byte(out), &a)
		if len(a.Passages) != limit {
			t.Errorf("--limit %d gave %d passages", limit, len(a.Passages))
		}
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestAskErrors(t *testing.T) {
	data := t.TempDir()
	empty := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no question", []string{"ask"}, "no question"},
		{"blank question", []string{"ask", "  "}, "no question"},
		{"punctuation only", []string{"ask", "?!"}, "no words"},
		{"limit zero", []string{"ask", "--limit", "0", "nato"}, "--limit must be at least 1"},
		{"limit not a number", []string{"ask", "--limit", "many", "nato"}, "invalid argument"},
		{"unknown flag", []string{"ask", "--bogus", "nato"}, "unknown flag"},
		{"missing corpus", []string{"ask", "--corpus", filepath.Join(empty, "nope"), "nato"}, "nope"},
		{"empty corpus", []string{"ask", "--corpus", empty, "nato"}, "no readable articles"},
		{"punctuation only: ask prefix", []string{"ask", "?!"}, "ask: the question"},
		{"topic limit zero", []string{"topic", "--limit", "0", "security"}, "topic: --limit must be at least 1"},
		{"topic empty corpus", []string{"topic", "--corpus", empty, "security"}, "topic: the corpus holds no readable articles"},
		{"topics empty corpus", []string{"topics", "--corpus", empty}, "topics: the corpus holds no readable articles"},
		{"eval missing corpus", []string{"eval", "--corpus", filepath.Join(empty, "nope"), "../../index/testdata/relevance/embedded.yaml"}, "eval: the corpus folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := talksbot(t, append(tt.args, "--data-dir", data)...)
			if code == 0 {
				t.Fatalf("exit 0, want an error; out %q", out)
			}
			if !strings.Contains(errs, tt.want) {
				t.Errorf("stderr %q, want it to mention %q", errs, tt.want)
			}
		})
	}
}

// TestAskIndexInUse: ask beside a process holding the index (a running
// serve) answers from that index.
func TestAskIndexInUse(t *testing.T) {
	data := t.TempDir()
	c, err := corpus.LoadFS(corpus.Default(), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	held, err := index.Open(context.Background(), index.OpenOptions{DataDir: data, Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	code, out, errs := talksbot(t, "ask", "--data-dir", data, "what did Peskov say")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// The held index is shared (read-only), not rebuilt in memory.
	if !strings.Contains(out, "We want peace") || strings.Contains(errs, "in-memory") || strings.Contains(errs, "building") {
		t.Errorf("want an answer from the held index; out %q, stderr %q", out, errs)
	}
}

func TestTopics(t *testing.T) {
	data := t.TempDir()
	code, out, errs := talksbot(t, "topics", "--data-dir", data)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, tp := range index.DefaultTopics() {
		m := regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(tp.Name) + ` +(\d+) passages?`).FindStringSubmatch(out)
		if m == nil || m[1] == "0" {
			t.Errorf("topic %q not listed with passages: %v\n%s", tp.Name, m, out)
		}
	}
}

func TestTopic(t *testing.T) {
	data := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"by name", []string{"topic", "Budapest and Minsk precedents"}, 0, "**Budapest Memorandum**"},
		{"lower case prefix", []string{"topic", "security"}, 0, "Security guarantees:"},
		{"unknown", []string{"topic", "weather"}, 1, "the topics are: Security guarantees"},
		{"no name", []string{"topic"}, 1, "talksbot topics"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := talksbot(t, append(tt.args, "--data-dir", data)...)
			if code != tt.code || !strings.Contains(out+errs, tt.want) {
				t.Errorf("exit %d (want %d), output %q %q; want it to contain %q", code, tt.code, out, errs, tt.want)
			}
		})
	}
}

func TestEval(t *testing.T) {
	data := t.TempDir()
	// A bar of 0 keeps the exit status about the table, whatever the
	// engine scores (TestEvalExitsBelowTheBar tests the bars).
	code, out, errs := talksbot(t, "eval", "--data-dir", data, "--min-hit1", "0", "../../index/testdata/relevance/embedded.yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, metric := range []string{"hit@1", "recall@3", "MRR", "quote completeness", "speaker precision", "no-answer accuracy"} {
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(metric) + ` +[01]\.\d{3}`).MatchString(out) {
			t.Errorf("no %s row:\n%s", metric, out)
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("- q: what did Peskov say\n  expected: [typo in the key]\n"), 0o644)
	if code, _, errs := talksbot(t, "eval", "--data-dir", data, bad); code == 0 || !strings.Contains(errs, "expected") {
		t.Errorf("bad eval file: exit %d, %q", code, errs)
	}
}

// A corpus folder can bring its own topics.
func TestTopicsFromCorpus(t *testing.T) {
	dir := t.TempDir()
	article := "Grain ships leave Odesa\n\nBy Hanna Lowe\nPublished 3 March 2026\n\nThe first grain ships left Odesa on Monday under a new corridor deal.\n\nInsurers agreed to cover cargo ships again after months of refusal.\n"
	os.WriteFile(filepath.Join(dir, "grain.txt"), []byte(article), 0o644)
	os.WriteFile(filepath.Join(dir, "topics.yaml"), []byte("- name: Shipping\n  description: Ships and insurance\n  query: grain ships insurance\n"), 0o644)
	data := t.TempDir()
	code, out, errs := talksbot(t, "topics", "--corpus", dir, "--data-dir", data)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !regexp.MustCompile(`(?m)^Shipping +2 passages`).MatchString(out) || strings.Contains(out, "Security guarantees") {
		t.Errorf("want only the corpus's topic, with 2 passages:\n%s", out)
	}
	os.WriteFile(filepath.Join(dir, "topics.yaml"), []byte("- name: Shipping\n"), 0o644)
	if code, _, errs := talksbot(t, "topics", "--corpus", dir, "--data-dir", data); code == 0 || !strings.Contains(errs, "topics.yaml") {
		t.Errorf("a bad topics.yaml: exit %d, %q", code, errs)
	}
}

// A description that fits several people names them in ask --json too
// (a field added to the contract, present only then): each with their
// role, none guessed as the speaker.
func TestAskJSONCandidates(t *testing.T) {
	dir, data := t.TempDir(), t.TempDir()
	article := `Museum talks open in Geneva

Oksana Lytvyn, the Kherson museum's chief conservator, said: "Every painting will be checked before it travels."

Iryna Bondar, the Odesa museum's chief conservator, said: "We are not keeping anything that is not ours."
`
	if err := os.WriteFile(filepath.Join(dir, "talks.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := talksbot(t, "ask", "--corpus", dir, "--data-dir", data, "--no-serve", "--json", "what did the chief conservator say")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var a struct {
		Speaker    string
		Candidates []struct{ Name, Role string }
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if a.Speaker != "" || len(a.Candidates) != 2 || a.Candidates[0].Role == "" {
		t.Errorf("speaker %q, candidates %+v; want both conservators with their roles, no speaker", a.Speaker, a.Candidates)
	}
}

// A question asking for a name the articles do not give says so in ask
// --json by one added field, "unnamed", present only then, beside
// no_answer; the text output says it in words.
func TestAskJSONUnnamed(t *testing.T) {
	dir, data := t.TempDir(), t.TempDir()
	article := `Drone hits grain store

DRAVEL, Oct 16 - A drone struck a grain store in Lesk. A night watchman, aged 70, was injured and is being treated in Dravel.
`
	if err := os.WriteFile(filepath.Join(dir, "lesk.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	q := "whats the name of the watchman who got hurt"
	code, out, errs := talksbot(t, "ask", "--corpus", dir, "--data-dir", data, "--no-serve", "--json", q)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var a struct {
		NoAnswer bool   `json:"no_answer"`
		Unnamed  string `json:"unnamed"`
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if !a.NoAnswer || a.Unnamed != "the watchman who got hurt" {
		t.Errorf("no_answer %v, unnamed %q; want true, the watchman who got hurt", a.NoAnswer, a.Unnamed)
	}
	code, out, _ = talksbot(t, "ask", "--corpus", dir, "--data-dir", data, "--no-serve", q)
	if code != 0 || !strings.Contains(out, "don't give the name of the watchman who got hurt") {
		t.Errorf("exit %d, reply %q; want it to say the articles do not give the name", code, out)
	}
	code, out, _ = talksbot(t, "ask", "--corpus", dir, "--data-dir", data, "--no-serve", "--json", "who was hurt in lesk")
	if code != 0 || strings.Contains(out, `"unnamed"`) {
		t.Errorf("exit %d; an answer with no name asked for holds \"unnamed\":\n%s", code, out)
	}
}

// A passage shown as related rather than as an answer says so in ask
// --json by one added field, "related": true, present only then; the
// text output shows it under its heading, as Discord does.
func TestAskJSONRelated(t *testing.T) {
	data, dir := t.TempDir(), filepath.Join("..", "..", "index", "testdata", "corpus11")
	const q = "where exactly do the returnees cross"
	code, out, errs := talksbot(t, "ask", "--corpus", dir, "--data-dir", data, "--json", q)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var a struct{ Passages []map[string]json.RawMessage }
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	related := 0
	for i, p := range a.Passages {
		keys := strings.Join(keys(p), ",")
		switch {
		case string(p["related"]) == "true":
			related++
			if keys != "highlight,related,score,source,text" {
				t.Errorf("related passage keys %s", keys)
			}
		case related > 0:
			t.Errorf("passage %d answers after a related one", i)
		case keys != "highlight,score,source,text":
			t.Errorf("passage keys %s", keys)
		}
	}
	if related == 0 || related == len(a.Passages) {
		t.Errorf("%d of %d passages related; want some after those that answer:\n%s", related, len(a.Passages), out)
	}
	code, out, errs = talksbot(t, "ask", "--corpus", dir, "--data-dir", data, q)
	if code != 0 || !strings.Contains(out, "\nRelated passages:\n") {
		t.Errorf("exit %d, text without the related heading:\n%s%s", code, out, errs)
	}
}
