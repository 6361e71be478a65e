package bot

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
	"github.com/talksbot/talksbot/internal/i18n"
)

// TestEveryKeyUsedIsInTheCatalogue reads the code of bot and index for
// the catalogue keys it looks up, so a typo in a key cannot ship (the
// catalogue's own test checks every key has every language).
func TestEveryKeyUsedIsInTheCatalogue(t *testing.T) {
	lookup := regexp.MustCompile(`\.[TN]\("([a-z_.0-9]+)"`)
	var keys []string
	for _, dir := range []string{".", "../index"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range lookup.FindAllStringSubmatch(string(src), -1) {
				if !strings.HasSuffix(m[1], ".") { // a prefix completed below
					keys = append(keys, m[1])
				}
			}
		}
	}
	// Keys made up at run time.
	for _, k := range []string{queryAsk, queryQuote, queryTopic} {
		keys = append(keys, "footer."+k)
	}
	for _, p := range []string{"reading", "indexing", "swapping", "waiting", "done"} {
		keys = append(keys, "reindex.phase."+p)
	}
	for m := 1; m <= 12; m++ {
		keys = append(keys, fmt.Sprintf("month.%d", m))
	}
	keys = append(keys, "error.internal", "error.empty_question", "error.too_slow",
		"moderator.server_only", "moderator.only", "source.expired", "source.not_uploader",
		"source.added", "source.replaced")
	if len(keys) < 60 {
		t.Fatalf("found only %d keys: is the pattern still right?", len(keys))
	}
	for _, k := range keys {
		if !i18n.Has(k) {
			t.Errorf("the code looks up %q, which messages.yaml lacks", k)
		}
	}
}

// TestWording checks counts and plurals wherever the bot writes a number:
// "1 passage", never "1 passages"; "once", "twice", "3 times".
func TestWording(t *testing.T) {
	eng := &fakeEngine{
		topics: []index.TopicCount{
			{Topic: index.Topic{Name: "One", Description: "a"}, Passages: 1},
			{Topic: index.Topic{Name: "Many", Description: "b"}, Passages: 1041},
		},
		sources: []index.SourceInfo{{Doc: "a.txt", Title: "A", Passages: 1, Quotes: 1}, {Doc: "b.txt", Title: "B", Passages: 2, Quotes: 0}},
	}
	run := func(c Command, l i18n.Lang) string {
		resp, err := c.Handle(context.Background(), &Request{UserID: "1", Lang: l})
		if err != nil {
			t.Fatal(err)
		}
		e := resp.Embeds[0]
		return e.Title + "\n" + e.Description
	}
	tests := []struct {
		name      string
		got       string
		want, not []string
	}{
		{"topics", run(topicsCommand(eng), i18n.English), []string{"(1 passage)", "(1041 passages)"}, []string{"(1 passages)"}},
		{"sources", run(sourcesCommand(eng), i18n.English), []string{"2 articles", "1 passage, 1 quote", "2 passages, 0 quotes"}, []string{" 1 quotes", " 1 passages"}},
		{"one source", run(sourcesCommand(&fakeEngine{sources: eng.sources[:1]}), i18n.English), []string{"1 article\n"}, []string{"1 articles"}},
		{"uk topics", run(topicsCommand(eng), i18n.Ukrainian), []string{"(1 уривок)", "(1041 уривок)"}, nil},
		{"de sources", run(sourcesCommand(eng), i18n.German), []string{"2 Artikel", "1 Textstelle, 1 Zitat", "2 Textstellen, 0 Zitate"}, nil},
	}
	for _, tt := range tests {
		for _, w := range tt.want {
			if !strings.Contains(tt.got, w) {
				t.Errorf("%s lacks %q:\n%s", tt.name, w, tt.got)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(tt.got, w) {
				t.Errorf("%s says %q:\n%s", tt.name, w, tt.got)
			}
		}
	}
	for n, want := range map[int]string{1: "is quoted once", 2: "is quoted twice", 3: "is quoted 3 times"} {
		a := &index.Answer{Kind: index.KindQuote, Speaker: "A B", SpeakerStatus: index.SpeakerQuoted, QuotesTotal: n,
			Quotes: []index.Quote{{Speaker: "A B", Text: "x"}}}
		if got := index.Render(a).Intro; !strings.Contains(got, want) {
			t.Errorf("%d quotes: %q, want %q", n, got, want)
		}
	}
	// Skipped files and lines in moderator replies.
	for n, want := range map[int]string{1: "Skipped 1 file", 2: "Skipped 2 files"} {
		s := index.Summary{}
		for i := range n {
			s.Skipped = append(s.Skipped, corpus.SkippedFile{Path: fmt.Sprintf("f%d.txt", i), Reason: "empty"})
		}
		if e := summaryEmbed("Reindexing", s, i18n.English); len(e.Fields) != 1 || e.Fields[0].Name != want {
			t.Errorf("%d skipped: %+v, want %q", n, e.Fields, want)
		}
	}
}

// TestCommandsAreLocalized: every built-in command and its options have
// Ukrainian and German names and descriptions, and the English words come
// from the catalogue too.
func TestCommandsAreLocalized(t *testing.T) {
	b, err := New(Options{Session: &fakeDiscord{}, Engine: &fakeEngine{}})
	if err != nil {
		t.Fatal(err)
	}
	var walk func(path string, desc string, names, descs map[discordgo.Locale]string, opts []*discordgo.ApplicationCommandOption)
	walk = func(path string, desc string, names, descs map[discordgo.Locale]string, opts []*discordgo.ApplicationCommandOption) {
		if desc == "" {
			t.Errorf("%s has no description", path)
		}
		for _, loc := range []discordgo.Locale{discordgo.Ukrainian, discordgo.German} {
			if names[loc] == "" || descs[loc] == "" {
				t.Errorf("%s lacks its %s name or description", path, loc)
			}
		}
		for _, o := range opts {
			walk(path+" "+o.Name, o.Description, o.NameLocalizations, o.DescriptionLocalizations, o.Options)
		}
	}
	for _, d := range b.Definitions() {
		if d.NameLocalizations == nil || d.DescriptionLocalizations == nil {
			t.Errorf("/%s has no localizations", d.Name)
			continue
		}
		if i18n.English.T("cmd."+d.Name+".name") != d.Name {
			t.Errorf("/%s: the catalogue's English name is %q", d.Name, i18n.English.T("cmd."+d.Name+".name"))
		}
		walk("/"+d.Name, d.Description, *d.NameLocalizations, *d.DescriptionLocalizations, d.Options)
	}
}

// The catalogue's English words for errors are errorResponse's, so an
// English member reads the same whichever is asked.
func TestErrorWordsInEveryLanguage(t *testing.T) {
	for _, err := range []error{index.ErrEmptyQuestion, context.DeadlineExceeded, errors.New("disk on fire")} {
		en := errorResponse(err)
		if got := errorResponseIn(err, i18n.English); got.Content != en.Content || !got.Ephemeral {
			t.Errorf("%v: English %q, errorResponse %q", err, got.Content, en.Content)
		}
		for _, l := range []i18n.Lang{i18n.Ukrainian, i18n.German} {
			if got := errorResponseIn(err, l); got.Content == en.Content || got.Content == "" {
				t.Errorf("%v: %s reply %q is not translated", err, l, got.Content)
			}
		}
	}
}
