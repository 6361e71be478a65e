package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/talksbot/talksbot/corpus"
)

func newInspectCmd() *cobra.Command {
	var asJSON, passages bool
	cmd := &cobra.Command{
		Use:   "inspect",
		Short: "Show what the bot reads from the corpus: metadata, passages, quotes, skipped lines",
		Long: `inspect reads the corpus (the --corpus folder, or the embedded articles)
exactly as the bot does and shows what it extracted, so a moderator can check
a new article before relying on it: title, outlet, author, date, place and
link; warnings about its metadata; the passages with their section and
paragraph (--passages, or always with --json); the quotes by speaker; and
every line and file that was left out, with the reason.

Names and text that hold control characters, newlines or bidirectional
overrides are shown quoted, as Go's %q does.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			a, err := newApp(cmd)
			if err != nil {
				return err
			}
			c, err := a.loadCorpus(corpus.Options{})
			if err != nil {
				return fmt.Errorf("inspect: %w", err)
			}
			if asJSON {
				return writeInspectJSON(cmd.OutOrStdout(), c)
			}
			return writeInspectText(cmd.OutOrStdout(), c, passages)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the extraction as JSON")
	cmd.Flags().BoolVar(&passages, "passages", false, "list every passage with its paragraph, section and time")
	return cmd
}

// The JSON shapes inspect prints; field names are part of the CLI's
// contract with scripts and with the golden files.
type (
	inspectOutput struct {
		Documents []inspectDoc     `json:"documents"`
		Skipped   []inspectSkipped `json:"skipped"`
	}
	inspectDoc struct {
		Doc      string           `json:"doc"`
		Title    string           `json:"title"`
		Outlet   string           `json:"outlet"`
		Author   string           `json:"author"`
		Date     string           `json:"date"`
		Place    string           `json:"place"`
		URL      string           `json:"url"`
		Warnings []string         `json:"warnings"`
		Passages []inspectPassage `json:"passages"`
		Quotes   []inspectQuote   `json:"quotes"`
		Dropped  []inspectDropped `json:"dropped"`
	}
	inspectPassage struct {
		Text      string `json:"text"`
		Section   string `json:"section"`
		Paragraph int    `json:"paragraph"`
		Time      string `json:"time"`
	}
	// inspectDropped is a line left out of the passages, and why.
	inspectDropped struct {
		Reason string `json:"reason"`
		Line   string `json:"line"`
	}
	inspectQuote struct {
		Speaker   string `json:"speaker"`
		Role      string `json:"role"`
		Text      string `json:"text"`
		Paragraph int    `json:"paragraph"`
	}
	inspectSkipped struct {
		Path   string `json:"path"`
		Reason string `json:"reason"`
	}
)

func writeInspectJSON(w io.Writer, c *corpus.Corpus) error {
	out := inspectOutput{Documents: []inspectDoc{}, Skipped: []inspectSkipped{}}
	for _, d := range c.Documents {
		doc := inspectDoc{
			Doc: d.ID, Title: d.Title, Outlet: d.Outlet, Author: d.Author, Date: d.Date, Place: d.Place, URL: d.URL,
			Warnings: append([]string{}, d.Warnings...),
			Passages: []inspectPassage{}, Quotes: []inspectQuote{}, Dropped: []inspectDropped{},
		}
		for _, p := range d.Passages {
			doc.Passages = append(doc.Passages, inspectPassage{Text: p.Text, Section: p.Section, Paragraph: p.Paragraph, Time: p.Time})
		}
		for _, s := range d.Skipped {
			why, line := splitSkipped(s)
			doc.Dropped = append(doc.Dropped, inspectDropped{Reason: why, Line: line})
		}
		for _, q := range d.Quotes {
			doc.Quotes = append(doc.Quotes, inspectQuote{Speaker: q.Speaker, Role: q.Role, Text: q.Text, Paragraph: q.Paragraph})
		}
		out.Documents = append(out.Documents, doc)
	}
	for _, s := range c.Skipped {
		out.Skipped = append(out.Skipped, inspectSkipped{Path: s.Path, Reason: s.Reason})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("inspect: write json: %w", err)
	}
	return nil
}

func writeInspectText(w io.Writer, c *corpus.Corpus, withPassages bool) error {
	var b strings.Builder
	passages, quotes := 0, 0
	for _, d := range c.Documents {
		passages += len(d.Passages)
		quotes += len(d.Quotes)
		fmt.Fprintf(&b, "%s\n", termSafe(d.ID))
		fields := []struct{ k, v string }{{"title", d.Title}, {"outlet", d.Outlet}, {"author", d.Author}, {"date", d.Date}}
		if d.Place != "" {
			fields = append(fields, struct{ k, v string }{"place", d.Place})
		}
		fields = append(fields, struct{ k, v string }{"url", d.URL})
		for _, f := range fields {
			fmt.Fprintf(&b, "  %-9s %s\n", f.k+":", termSafe(orUnknown(f.v)))
		}
		if len(d.Warnings) > 0 {
			fmt.Fprintf(&b, "  warnings: %d\n", len(d.Warnings))
			for _, warn := range d.Warnings {
				fmt.Fprintf(&b, "    ! %s\n", termSafe(warn))
			}
		}
		paras := 0
		if n := len(d.Passages); n > 0 {
			paras = d.Passages[n-1].Paragraph
		}
		sections := map[string]bool{}
		for _, p := range d.Passages {
			if p.Section != "" {
				sections[p.Section] = true
			}
		}
		fmt.Fprintf(&b, "  passages: %d in %d paragraphs; sections: %d\n", len(d.Passages), paras, len(sections))
		if withPassages {
			for _, p := range d.Passages {
				fmt.Fprintf(&b, "    ¶%d", p.Paragraph)
				if p.Section != "" {
					fmt.Fprintf(&b, " · %s", termSafe(p.Section))
				}
				if p.Time != "" {
					fmt.Fprintf(&b, " · %s", termSafe(p.Time))
				}
				fmt.Fprintf(&b, "\n      %s\n", termSafe(p.Text))
			}
		}
		fmt.Fprintf(&b, "  quotes:   %d\n", len(d.Quotes))
		for _, g := range quotesBySpeaker(d.Quotes) {
			fmt.Fprintf(&b, "    %s: %d\n", termSafe(g.label), len(g.quotes))
			for _, q := range g.quotes {
				fmt.Fprintf(&b, "      ¶%d “%s”\n", q.Paragraph, termSafe(clipText(q.Text, 90)))
			}
		}
		fmt.Fprintf(&b, "  skipped lines: %d\n", len(d.Skipped))
		for _, s := range d.Skipped {
			fmt.Fprintf(&b, "    - %s\n", termSafe(clipText(s, 110)))
		}
		b.WriteString("\n")
	}
	if len(c.Skipped) > 0 {
		fmt.Fprintf(&b, "Skipped files: %d\n", len(c.Skipped))
		for _, s := range c.Skipped {
			fmt.Fprintf(&b, "  %s: %s\n", termSafe(s.Path), termSafe(s.Reason))
		}
		b.WriteString("\n")
	}
	quoted := 0
	for _, p := range c.People {
		if p.Quotes > 0 {
			quoted++
		}
	}
	fmt.Fprintf(&b, "%d documents, %d passages, %d quotes; %d people named, %d of them quoted; %d files skipped\n",
		len(c.Documents), passages, quotes, len(c.People), quoted, len(c.Skipped))
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("inspect: write: %w", err)
	}
	return nil
}

// splitSkipped parts a Document.Skipped entry, "why: line", into the
// reason a line was dropped and the line.
func splitSkipped(s string) (why, line string) {
	why, line, ok := strings.Cut(s, ": ")
	if !ok {
		return s, ""
	}
	return why, line
}

type quoteGroup struct {
	label  string
	quotes []corpus.Quote
}

// quotesBySpeaker groups quotes by speaker, most quoted first; unnamed
// sources show their role and unattributed quotes come last.
func quotesBySpeaker(qs []corpus.Quote) []quoteGroup {
	idx := map[string]int{}
	var groups []quoteGroup
	for _, q := range qs {
		label := q.Speaker
		switch {
		case label != "" && q.Role != "":
			label += " (" + q.Role + ")"
		case label == "" && q.Role != "":
			label = "unnamed: " + q.Role
		case label == "":
			label = "(unattributed)"
		}
		i, ok := idx[label]
		if !ok {
			i = len(groups)
			idx[label] = i
			groups = append(groups, quoteGroup{label: label})
		}
		groups[i].quotes = append(groups[i].quotes, q)
	}
	sort.SliceStable(groups, func(i, j int) bool {
		ui, uj := groups[i].label == "(unattributed)", groups[j].label == "(unattributed)"
		if ui != uj {
			return uj
		}
		return len(groups[i].quotes) > len(groups[j].quotes)
	})
	return groups
}

func orUnknown(s string) string {
	if s == "" {
		return "(unknown)"
	}
	return s
}

func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
