package corpus

import (
	"fmt"
	"os"
	"path"
	"sort"
	"strings"
	"text/tabwriter"

	"go.yaml.in/yaml/v3"
)

// AttributionLabel is one hand label of an attribution suite: a
// quotation in a file, found by a fragment of it, and who says it ("" for
// no named person: an institution, an unnamed source, a question, or
// words that are not a quotation at all).
type AttributionLabel struct {
	File    string `yaml:"file"`
	Quote   string `yaml:"quote"`
	Speaker string `yaml:"speaker"`
	Case    string `yaml:"case,omitempty"`
	Note    string `yaml:"note,omitempty"`
}

// ParseAttributionLabels reads a labels file: a YAML list of labels.
func ParseAttributionLabels(data []byte) ([]AttributionLabel, error) {
	var labels []AttributionLabel
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&labels); err != nil {
		return nil, fmt.Errorf("corpus: attribution labels: %w", err)
	}
	for i, l := range labels {
		if strings.TrimSpace(l.File) == "" || strings.TrimSpace(l.Quote) == "" {
			return nil, fmt.Errorf("corpus: attribution labels: label %d needs a file and a quote", i+1)
		}
	}
	return labels, nil
}

// LoadAttributionLabels reads a labels file from disk.
func LoadAttributionLabels(file string) ([]AttributionLabel, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("corpus: attribution labels: %w", err)
	}
	return ParseAttributionLabels(b)
}

// AttributionScore counts how the labels of one kind went.
type AttributionScore struct {
	Labels int
	// Named are the labels with a speaker; Right of them were given to
	// that speaker, Missed to no one (or not found as a quotation).
	Named, Right, Missed int
	// Wrong are quotations given to another person; Guessed are labels
	// without a speaker that were given one. Both cost precision.
	Wrong, Guessed int
}

// Precision is the share of people named by the reader that were right:
// 1 when it named no one.
func (s AttributionScore) Precision() float64 {
	claims := s.Right + s.Wrong + s.Guessed
	if claims == 0 {
		return 1
	}
	return float64(s.Right) / float64(claims)
}

// Recall is the share of labelled speakers the reader found.
func (s AttributionScore) Recall() float64 {
	if s.Named == 0 {
		return 1
	}
	return float64(s.Right) / float64(s.Named)
}

// AttributionReport is how a corpus's attributions compare with labels.
type AttributionReport struct {
	AttributionScore
	ByCase   map[string]AttributionScore
	Problems []string
}

// ScoreAttribution compares the corpus's quotations with hand labels. A
// label's quotation is the shortest quotation of its file holding the
// fragment (case, spacing and apostrophes aside).
func ScoreAttribution(c *Corpus, labels []AttributionLabel) AttributionReport {
	byFile := map[string]*Document{}
	for _, d := range c.Documents {
		byFile[d.ID] = d
		byFile[path.Base(d.ID)] = d
	}
	rep := AttributionReport{ByCase: map[string]AttributionScore{}}
	for _, l := range labels {
		cs := rep.ByCase[l.Case]
		for _, s := range []*AttributionScore{&rep.AttributionScore, &cs} {
			s.Labels++
		}
		got, found := "", false
		if d := byFile[l.File]; d != nil {
			if q, ok := labelledQuote(d, l.Quote); ok {
				got, found = q.Speaker, true
			}
		}
		var problem string
		for _, s := range []*AttributionScore{&rep.AttributionScore, &cs} {
			switch {
			case l.Speaker == "" && got == "":
			case l.Speaker == "":
				s.Guessed++
				problem = fmt.Sprintf("%s: %q given to %s, labelled no one (%s)", l.File, l.Quote, got, l.Case)
			case got == l.Speaker:
				s.Named++
				s.Right++
			case got == "":
				s.Named++
				s.Missed++
				if found {
					problem = fmt.Sprintf("%s: %q unattributed, labelled %s (%s)", l.File, l.Quote, l.Speaker, l.Case)
				} else {
					problem = fmt.Sprintf("%s: %q not found as a quotation, labelled %s (%s)", l.File, l.Quote, l.Speaker, l.Case)
				}
			default:
				s.Named++
				s.Wrong++
				problem = fmt.Sprintf("%s: %q given to %s, labelled %s (%s)", l.File, l.Quote, got, l.Speaker, l.Case)
			}
		}
		rep.ByCase[l.Case] = cs
		if problem != "" {
			rep.Problems = append(rep.Problems, problem)
		}
	}
	return rep
}

// labelledQuote is the quotation a label's fragment stands for: the
// shortest quotation opening with it; else, when the article does not
// open a quotation with those words, the shortest holding them (an
// interview answer, a quotation the label cut into). Words the article
// puts in quotation marks that the reader did not take as a quotation
// ("security guarantees" inside an answer) stand for none.
func labelledQuote(d *Document, fragment string) (Quote, bool) {
	f := normQuote(fragment)
	pick := func(match func(string) bool) (Quote, bool) {
		best := -1
		for i, q := range d.Quotes {
			if match(normQuote(q.Text)) && (best < 0 || len(q.Text) < len(d.Quotes[best].Text)) {
				best = i
			}
		}
		if best < 0 {
			return Quote{}, false
		}
		return d.Quotes[best], true
	}
	if q, ok := pick(func(t string) bool { return strings.HasPrefix(strings.TrimLeft(t, ` "'`), f) }); ok {
		return q, true
	}
	for _, p := range d.Passages {
		t := normQuote(p.Text)
		for from := 0; ; {
			i := strings.Index(t[from:], f)
			if i < 0 {
				break
			}
			i += from
			if i > 0 && (t[i-1] == '"' || t[i-1] == '\'') {
				return Quote{}, false
			}
			from = i + 1
		}
	}
	return pick(func(t string) bool { return strings.Contains(t, f) })
}

func normQuote(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// Table prints the report: overall and per kind of case, then the
// problems.
func (r AttributionReport) Table() string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "case\tlabels\tnamed\tright\twrong\tguessed\tmissed\tprecision\trecall")
	row := func(name string, s AttributionScore) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%.3f\t%.3f\n", name, s.Labels, s.Named, s.Right, s.Wrong, s.Guessed, s.Missed, s.Precision(), s.Recall())
	}
	cases := make([]string, 0, len(r.ByCase))
	for c := range r.ByCase {
		cases = append(cases, c)
	}
	sort.Strings(cases)
	for _, c := range cases {
		row(c, r.ByCase[c])
	}
	row("all", r.AttributionScore)
	tw.Flush()
	if len(r.Problems) > 0 {
		b.WriteString("\nproblems:\n")
		for _, p := range r.Problems {
			b.WriteString("- " + p + "\n")
		}
	}
	return b.String()
}
