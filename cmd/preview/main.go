// Command preview draws the bot's replies as Discord shows them, for
// checking a change by eye: the golden replies of bot/testdata/golden and
// a few live answers over the embedded articles, on one HTML page styled
// like Discord's dark theme. The page lays itself out for a desktop
// window (900 px) and a phone (390 px); each reply says how tall it is.
//
//	go run ./cmd/preview DIR                    # writes DIR/index.html
//	chromium --headless --screenshot=phone.png --window-size=390,3000 file://$PWD/DIR/index.html
//
// --golden names another folder of replies (e.g. an older version's, to
// compare), --no-live leaves the live answers out, --locale asks them in
// another language, --only draws the replies named, --corpus answers
// from a folder of articles instead of the embedded ones, and --ask
// (repeatable) adds a live /ask of its own.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
)

// live are the answers drawn fresh from the embedded articles: the five
// preview replies (what members ask most: a search, a quote, someone
// never quoted, something not covered, a topic), who someone is (who
// they are first, then their words and what is reported of them), an
// answer given as the closest passages, a body asked for as a speaker
// (its spokesperson's words), someone only a byline names, then a few in
// other languages.
var live = []struct {
	name string
	req  bot.PreviewRequest
}{
	{"ask-search", bot.PreviewRequest{Command: "ask", Options: map[string]string{"question": "security guarantees"}}},
	{"ask-quote", bot.PreviewRequest{Command: "ask", Options: map[string]string{"question": "what did Peskov say"}}},
	{"ask-not-quoted", bot.PreviewRequest{Command: "ask", Options: map[string]string{"question": "what did Merz say"}}},
	{"ask-no-answer", bot.PreviewRequest{Command: "ask", Options: map[string]string{"question": "who won the world cup"}}},
	{"topic", bot.PreviewRequest{Command: "topic", Options: map[string]string{"name": "Security guarantees"}}},
	{"ask-person", bot.PreviewRequest{Command: "ask", Options: map[string]string{"question": "who is Claudia Major"}}},
	{"ask-closest", bot.PreviewRequest{Command: "ask", Options: map[string]string{"question": "will the bombing stop over the holidays"}}},
	{"ask-body", bot.PreviewRequest{Command: "ask", Options: map[string]string{"question": "what did the kremlin say about the christmas truce"}}},
	{"ask-credited", bot.PreviewRequest{Command: "ask", Options: map[string]string{"question": "what did danilo bilek say"}}},
	{"ask-search-page-2", bot.PreviewRequest{Command: "ask", Options: map[string]string{"question": "security guarantees"}, Page: 1}},
	{"uk-quote", bot.PreviewRequest{Command: "quote", Options: map[string]string{"speaker": "Zelensky"}, Locale: "uk"}},
	{"de-topics", bot.PreviewRequest{Command: "topics", Locale: "de"}},
	{"sources", bot.PreviewRequest{Command: "sources"}},
}

func main() {
	golden := flag.String("golden", "bot/testdata/golden", "folder of reply JSON files to draw (\"\" for none)")
	noLive := flag.Bool("no-live", false, "leave out the live answers")
	locale := flag.String("locale", "", "ask the live questions as a member with this Discord locale (uk, de)")
	maxPassages := flag.Int("max-passages", 5, "answer.max_passages, as serve passes it")
	title := flag.String("title", "talksbot replies", "the page's title")
	only := flag.String("only", "", "draw only these replies (names, comma-separated)")
	corpusDir := flag.String("corpus", "", "answer the live questions from this folder of articles (default: the embedded ones)")
	var asks []string
	flag.Func("ask", "also draw the live answer to this /ask question (repeatable)", func(q string) error {
		if strings.TrimSpace(q) == "" {
			return errors.New("an empty question")
		}
		asks = append(asks, q)
		return nil
	})
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: go run ./cmd/preview [flags] DIR  (writes DIR/index.html)")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	out := flag.Arg(0)
	replies, err := collect(context.Background(), *golden, !*noLive, *locale, *maxPassages, *corpusDir, asks)
	if err == nil && *only != "" {
		replies = pick(replies, strings.Split(*only, ","))
	}
	if err == nil {
		err = write(out, *title, replies)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "preview:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (%d replies)\n", filepath.Join(out, "index.html"), len(replies))
}

// reply is one message to draw.
type reply struct {
	Name, From string
	Msg        message
}

func collect(ctx context.Context, golden string, withLive bool, locale string, maxPassages int, corpusDir string, asks []string) ([]reply, error) {
	var out []reply
	if withLive || len(asks) > 0 {
		var c *corpus.Corpus
		var err error
		if corpusDir != "" {
			c, err = corpus.Load(corpusDir)
		} else {
			c, err = corpus.LoadFS(corpus.Default(), corpus.Options{})
		}
		if err != nil {
			return nil, err
		}
		e, err := index.Build(ctx, index.BuildOptions{Corpus: c})
		if err != nil {
			return nil, err
		}
		defer e.Close()
		todo := live
		if !withLive {
			todo = nil
		}
		for i, q := range asks {
			todo = append(todo, struct {
				name string
				req  bot.PreviewRequest
			}{fmt.Sprintf("ask-%d", i+1), bot.PreviewRequest{Command: "ask", Options: map[string]string{"question": q}}})
		}
		for _, l := range todo {
			req := l.req
			req.MaxPassages = maxPassages
			if locale != "" && req.Locale == "" {
				req.Locale = locale
			}
			data, err := bot.Preview(ctx, e, req)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", l.name, err)
			}
			m, err := parseMessage(data)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", l.name, err)
			}
			out = append(out, reply{Name: l.name, From: "live: /" + req.Command + " " + describe(req), Msg: m})
		}
	}
	if golden != "" {
		files, err := filepath.Glob(filepath.Join(golden, "*.json"))
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			if _, err := os.Stat(golden); errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("no folder %s; run from the repository root or give --golden", golden)
			}
		}
		sort.Strings(files)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			m, err := parseMessage(data)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			out = append(out, reply{Name: strings.TrimSuffix(filepath.Base(f), ".json"), From: "golden: " + f, Msg: m})
		}
	}
	return out, nil
}

// pick keeps the replies named, in the order named.
func pick(replies []reply, names []string) []reply {
	var out []reply
	for _, n := range names {
		for _, r := range replies {
			if r.Name == strings.TrimSpace(n) {
				out = append(out, r)
			}
		}
	}
	return out
}

func describe(r bot.PreviewRequest) string {
	var parts []string
	for k, v := range r.Options {
		parts = append(parts, k+": "+v)
	}
	sort.Strings(parts)
	s := strings.Join(parts, " ")
	if r.Locale != "" {
		s += " (" + r.Locale + ")"
	}
	if r.Page > 0 {
		s += fmt.Sprintf(", page %d", r.Page+1)
	}
	return s
}

// message is a reply as the golden files hold it (bot.Response as JSON).
type message struct {
	Content    string
	Embeds     []embed
	Components []component
	Ephemeral  bool
}

type embed struct {
	Title       string  `json:"title"`
	URL         string  `json:"url"`
	Description string  `json:"description"`
	Color       int     `json:"color"`
	Fields      []field `json:"fields"`
	Footer      *struct {
		Text string `json:"text"`
	} `json:"footer"`
}

type field struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Inline bool   `json:"inline"`
}

// component is an action row or what it holds: a button or a select menu.
type component struct {
	Type        int         `json:"type"`
	Components  []component `json:"components"`
	Label       string      `json:"label"`
	Style       int         `json:"style"`
	Disabled    bool        `json:"disabled"`
	Placeholder string      `json:"placeholder"`
	Options     []struct {
		Label       string `json:"label"`
		Description string `json:"description"`
	} `json:"options"`
}

func parseMessage(data []byte) (message, error) {
	var m message
	err := json.Unmarshal(data, &m)
	return m, err
}

func write(dir, title string, replies []reply) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(dir, "index.html"))
	if err != nil {
		return err
	}
	if err := page.Execute(f, struct {
		Title   string
		Replies []reply
	}{title, replies}); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

var page = template.Must(template.New("page").Funcs(template.FuncMap{
	"md":    func(s string) template.HTML { return template.HTML(markdown(s)) },
	"color": func(c int) string { return fmt.Sprintf("#%06x", c) },
	"style": func(s int) string {
		return map[int]string{1: "primary", 2: "secondary", 3: "success", 4: "danger", 5: "link"}[s]
	},
}).Parse(pageHTML))
