package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// fakeTTY is a terminal of the given width, for the tests.
type fakeTTY struct {
	bytes.Buffer
	width int
}

func (f *fakeTTY) Terminal() int { return f.width }

// goTypeName is what a Go type or function looks like in a message.
var goTypeName = regexp.MustCompile(`\b[a-z]+\.[A-Z]\w+|\[\][a-z]+\.`)

// TestErrorsAreOnePlainSentence runs what people get wrong: each error is
// one line, names the command once, carries no chain of package prefixes
// and no Go type names, and says what to do.
func TestErrorsAreOnePlainSentence(t *testing.T) {
	data, dir := t.TempDir(), t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	notList := write("not-a-list.yaml", "hello\n")
	unknownKey := write("unknown-key.yaml", "- q: what did Peskov say\n  expected: [peace]\n")
	broken := write("broken.yaml", "- q: [what\n")
	tests := []struct {
		name string
		args []string
		want []string // the message, and its fix
	}{
		{"eval without a file", []string{"eval"}, []string{"talksbot eval: no questions file given", "talksbot eval FILE"}},
		{"eval with two files", []string{"eval", "a.yaml", "b.yaml"}, []string{"talksbot eval: give one questions file"}},
		{"eval file missing", []string{"eval", filepath.Join(dir, "nope.yaml")}, []string{"there is no file", "nope.yaml", "YAML list of questions"}},
		{"eval file not a list", []string{"eval", notList}, []string{"not-a-list.yaml: line 1: expected a list of questions", "- q:"}},
		{"eval file unknown key", []string{"eval", unknownKey}, []string{`line 2: unknown key "expected"`, "q, expect, speaker"}},
		{"eval file broken YAML", []string{"eval", broken}, []string{"broken.yaml is not valid YAML: line 1"}},
		{"eval bar out of range", []string{"eval", "--min-hit1", "90", unknownKey}, []string{"--min-hit1 must be between 0 and 1"}},
		{"missing corpus", []string{"ask", "--corpus", filepath.Join(dir, "nope"), "x"}, []string{"talksbot ask: the corpus folder", "does not exist", "--corpus"}},
		{"bad config value", []string{"ask", "--log-level", "loud", "x"}, []string{"talksbot ask: log.level", "use debug, info, warn or error"}},
		{"limit not a number", []string{"ask", "--limit", "many", "x"}, []string{`invalid argument "many" for "--limit" flag; see talksbot ask --help`}},
		{"topics with an argument", []string{"topics", "nato"}, []string{`talksbot topics: takes no arguments (got "nato"); answer one with: talksbot topic NAME`}},
		{"sources with an argument", []string{"sources", "dw"}, []string{"talksbot sources: takes no arguments"}},
		{"no question", []string{"ask", "?!"}, []string{`talksbot ask: the question "?!" has no words`, `talksbot ask "what did Peskov say"`}},
		{"no token", []string{"serve"}, []string{"talksbot serve: no Discord bot token", "TALKSBOT_DISCORD_TOKEN"}},
	}
	t.Setenv("TALKSBOT_DISCORD_TOKEN", "")
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	if code, _, errs := talksbot(t, "index", "-q", "--data-dir", data); code != 0 { // no "building the index" line below
		t.Fatal(errs)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := talksbot(t, append(tt.args, "--data-dir", data)...)
			if code != 1 {
				t.Fatalf("exit %d, want 1; out %q err %q", code, out, errs)
			}
			if strings.Count(errs, "\n") != 1 || !strings.HasSuffix(errs, "\n") {
				t.Errorf("not one line: %q", errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(errs, w) {
					t.Errorf("%q lacks %q", errs, w)
				}
			}
			for _, stutter := range []string{"index:", "corpus:", "eval file:", "config:", "invalid configuration", "accepts 1 arg", "strconv"} {
				if strings.Contains(errs, stutter) {
					t.Errorf("%q says %q", errs, stutter)
				}
			}
			if m := goTypeName.FindString(errs); m != "" {
				t.Errorf("%q shows the Go name %q", errs, m)
			}
			if cmd := tt.args[0]; strings.Count(errs, cmd+":") > 1 {
				t.Errorf("%q names the command twice", errs)
			}
		})
	}
}

// TestEvalExitsBelowTheBar: eval fails when a question goes wrong, and
// with --min flags when a metric is below its bar.
func TestEvalExitsBelowTheBar(t *testing.T) {
	data := t.TempDir()
	file := filepath.Join(t.TempDir(), "q.yaml")
	os.WriteFile(file, []byte(`- q: what did Peskov say
  speaker: Dmitry Peskov
  expect: ["We want peace"]
- q: security guarantees
  expect: ["a phrase no article has"]
- q: who won the world cup
  no_answer: true
`), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"a question went wrong", nil, 1, "1 of 3 questions went wrong"},
		{"hit@1 above its bar", []string{"--min-hit1", "0.5"}, 0, ""},
		{"hit@1 below its bar", []string{"--min-hit1", "0.9"}, 1, "hit@1 0.500 is below --min-hit1 0.9"},
		{"recall@3 below its bar", []string{"--min-recall3", "1"}, 1, "recall@3 0.500 is below --min-recall3 1"},
		{"MRR below its bar", []string{"--min-mrr", "0.75"}, 1, "MRR 0.500 is below --min-mrr 0.75"},
		{"several bars, one failing", []string{"--min-no-answer", "1", "--min-speakers", "1", "--min-quotes", "0", "--min-hit1", "0.6"}, 1, "hit@1 0.500 is below --min-hit1 0.6"},
		{"all bars met", []string{"--min-no-answer", "1", "--min-speakers", "1", "--min-hit1", "0.5"}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := talksbot(t, append(append([]string{"eval", "--data-dir", data}, tt.args...), file)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, tt.code, errs)
			}
			if !strings.Contains(out, "hit@1") {
				t.Errorf("no table:\n%s", out)
			}
			if !strings.Contains(errs, tt.want) {
				t.Errorf("stderr %q, want %q", errs, tt.want)
			}
		})
	}
}

// TestWarningsOnce: a configuration warning is said once, whatever the
// command.
func TestWarningsOnce(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("TALKSBOT_LOG_LEVL", "debug")
	data := t.TempDir()
	for _, args := range [][]string{{"config"}, {"ask", "--data-dir", data, "Donbas"}, {"topics", "--data-dir", data}} {
		code, _, errs := talksbot(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs)
		}
		if n := strings.Count(errs, "TALKSBOT_LOG_LEVL"); n != 1 {
			t.Errorf("%v: the warning is said %d times:\n%s", args, n, errs)
		}
		if !strings.Contains(errs, "talksbot: warning: ") || strings.Contains(errs, "level=WARN") {
			t.Errorf("%v: want a plain warning line, got:\n%s", args, errs)
		}
	}
}

// TestFirstRunSaysItBuilds: the first ask says, in one line on stderr,
// that it is building the index; the next says nothing.
func TestFirstRunSaysItBuilds(t *testing.T) {
	data := filepath.Join(t.TempDir(), "fresh")
	code, out, errs := talksbot(t, "ask", "--data-dir", data, "Donbas")
	if code != 0 || errs != "talksbot: building the index (first run)…\n" || strings.Contains(out, "building") {
		t.Errorf("first run: exit %d, stderr %q", code, errs)
	}
	if code, _, errs := talksbot(t, "ask", "--data-dir", data, "Donbas"); code != 0 || errs != "" {
		t.Errorf("second run: exit %d, stderr %q", code, errs)
	}
	other := t.TempDir()
	os.WriteFile(filepath.Join(other, "a.txt"), []byte("Grain deal\n\nPublished 3 March 2026\n\nShips left Odesa under the grain deal on Monday.\n"), 0o644)
	if code, _, errs := talksbot(t, "ask", "--data-dir", data, "--corpus", other, "grain"); code != 0 || errs != "talksbot: rebuilding the index (the articles changed)…\n" {
		t.Errorf("new articles: exit %d, stderr %q", code, errs)
	}
}

// TestProgressOnlyOnATerminal: `talksbot index` draws its bar on a
// terminal and never writes carriage returns into a log or a pipe.
func TestProgressOnlyOnATerminal(t *testing.T) {
	var out bytes.Buffer
	var logged bytes.Buffer
	if code := run(context.Background(), []string{"index", "--data-dir", t.TempDir()}, &out, &logged); code != 0 {
		t.Fatalf("exit %d: %s", code, logged.String())
	}
	if strings.ContainsAny(logged.String(), "\r█") {
		t.Errorf("progress bar in a log: %q", logged.String())
	}
	if !strings.Contains(out.String(), "Indexed 2 documents") {
		t.Errorf("summary: %q", out.String())
	}
	tty := &fakeTTY{width: 100}
	if code := run(context.Background(), []string{"index", "--data-dir", t.TempDir()}, &out, tty); code != 0 {
		t.Fatalf("exit %d: %s", code, tty.String())
	}
	if !strings.Contains(tty.String(), "100%") {
		t.Errorf("no progress bar on a terminal: %q", tty.String())
	}
}

// TestAnswerOnATerminal: colour and wrapping on a terminal, plain text
// with NO_COLOR, and the Markdown unchanged when piped.
func TestAnswerOnATerminal(t *testing.T) {
	data := t.TempDir()
	ask := func(w interface {
		Write([]byte) (int, error)
		String() string
	}) string {
		var errs bytes.Buffer
		if code := run(context.Background(), []string{"ask", "--data-dir", data, "multinational forse"}, w, &errs); code != 0 {
			t.Fatalf("exit %d: %s", code, errs.String())
		}
		return w.String()
	}
	piped := ask(&bytes.Buffer{})
	if !strings.Contains(piped, "**multinational force**") || strings.Contains(piped, "\x1b[") {
		t.Errorf("piped output is not the plain Markdown:\n%s", piped)
	}
	t.Setenv("NO_COLOR", "")
	t.Setenv("TERM", "xterm-256color")
	colour := ask(&fakeTTY{width: 60})
	if strings.Contains(colour, "**") || !strings.Contains(colour, "\x1b[1mmultinational force\x1b[0m") {
		t.Errorf("terminal: want bold, not **:\n%s", colour)
	}
	checkWidth(t, colour, 60)
	t.Setenv("NO_COLOR", "1")
	plain := ask(&fakeTTY{width: 50})
	if strings.Contains(plain, "**") || strings.Contains(plain, "\x1b[") || !strings.Contains(plain, "multinational force") {
		t.Errorf("NO_COLOR: want plain text:\n%s", plain)
	}
	checkWidth(t, plain, 50)
}

func checkWidth(t *testing.T, s string, width int) {
	t.Helper()
	for _, line := range strings.Split(s, "\n") {
		if n := visible(line); n > width && strings.Contains(strings.TrimSpace(line), " ") {
			t.Errorf("line of %d columns on a %d-column terminal: %q", n, width, line)
		}
	}
}

// TestTablesAlign: topics and sources line their columns up, whatever the
// width of the numbers.
func TestTablesAlign(t *testing.T) {
	rows := [][]string{
		{"Security guarantees", "1", "passage", "a"},
		{"NATO", "1041", "passages", "b"},
		{"Donbas and territory", "12", "passages", "c"},
	}
	got := console{}.table(rows, []int{left, right, left, left})
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	want := []string{
		"Security guarantees      1  passage   a",
		"NATO                  1041  passages  b",
		"Donbas and territory    12  passages  c",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}

	data := t.TempDir()
	for _, cmd := range []string{"topics", "sources"} {
		code, out, errs := talksbot(t, cmd, "--data-dir", data)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", cmd, code, errs)
		}
		// Every row's last column starts at the same place.
		var rowsOut []string
		for _, l := range strings.Split(out, "\n") {
			if l == "" {
				break
			}
			rowsOut = append(rowsOut, l)
		}
		col := -1
		for _, l := range rowsOut {
			i := strings.LastIndex(l, "  ")
			c := utf8.RuneCountInString(l[:i])
			if col >= 0 && c != col {
				t.Errorf("%s: columns do not line up:\n%s", cmd, out)
				break
			}
			col = c
		}
	}
}

// TestSourcesCommand: talksbot sources lists the articles, as /sources
// does, and as JSON.
func TestSourcesCommand(t *testing.T) {
	data := t.TempDir()
	code, out, errs := talksbot(t, "sources", "--data-dir", data)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"#  date        outlet  passages  quotes  title", "2025-12-18  DW", "What security guarantees is Ukraine likely to be granted?", "2 articles, 32 passages, 22 quotes."} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
	code, out, errs = talksbot(t, "sources", "--data-dir", data, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var srcs []map[string]any
	if err := json.Unmarshal([]byte(out), &srcs); err != nil || len(srcs) != 2 || srcs[1]["outlet"] != "DW" || srcs[1]["quotes"] != 19.0 {
		t.Errorf("JSON %v: %s", err, out)
	}
}
