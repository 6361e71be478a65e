package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// KindOpinion is the Kind of a piece in its writer's own voice: an
// op-ed, a column, an editorial. "The columnist", "the op-ed guy" is
// whoever its byline names.
const KindOpinion = "opinion"

// KindAnalysis is the Kind of a reporter's reading of the news: an
// analysis, a long read. "The analysis piece" is whoever its byline names.
const KindAnalysis = "analysis"

// KindWire is the Kind of a news agency's story: a dateline with the
// agency in brackets ("ORSBERG, June 12 (CPA) -"), or a wire's slug or
// routing code over it. "The wire story" is whoever its byline names.
const KindWire = "wire"

// AnalysisLabels are the words that make a page an analysis (data/page.yaml
// analysis_labels), lower case: what members call one too ("who wrote the
// analysis piece").
func AnalysisLabels() []string { return slices.Clone(pageWords().analysis) }

// kindOf reads what kind of piece doc is (KindOpinion, KindAnalysis)
// from how its page labels it:
// its file name and address, its breadcrumb, section label, byline, or a
// kicker of a few words over its text ("OPINION · COLUMN"); data/page.yaml
// opinion_labels, analysis_labels. Not its site's menu, which lists "Opinion" over every
// page.
func kindOf(doc *Document) string {
	labels := []string{doc.ID, doc.URL}
	for _, s := range doc.Skipped {
		why, line, ok := strings.Cut(s, ": ")
		if ok && slices.Contains([]string{whyBreadcrumb, whySection, whyLabel, whyPageLabel, whyUsedAuthor, whyByline, whyTrailing}, why) {
			labels = append(labels, line)
		}
	}
	for _, p := range doc.Passages[:min(2, len(doc.Passages))] {
		// A kicker, as a line of its own or the heading over the text.
		for _, k := range []string{p.Text, p.Section} {
			if f := strings.Fields(k); len(f) <= 4 && !strings.ContainsAny(k, ".!?") {
				labels = append(labels, k)
			}
		}
	}
	for i, l := range labels {
		labels[i] = " " + strings.Join(strings.FieldsFunc(strings.ToLower(l), func(r rune) bool { return !unicode.IsLetter(r) }), " ") + " "
	}
	// An opinion label anywhere makes an opinion piece ("OPINION ·
	// ANALYSIS"); else an analysis label, an analysis.
	for _, kind := range []struct {
		kind   string
		labels []string
	}{{KindOpinion, pageWords().opinion}, {KindAnalysis, pageWords().analysis}} {
		for _, words := range labels {
			for _, o := range kind.labels {
				if strings.Contains(words, " "+o+" ") {
					return kind.kind
				}
			}
		}
	}
	if wireStory(doc) {
		return KindWire
	}
	return ""
}

// wireStory reports a story an agency filed: its dateline names the
// agency in brackets before the dash ("ORSBERG, Vallmark, June 12 (CPA)
// -"), or a wire's slug or routing code stands over it.
func wireStory(doc *Document) bool {
	for _, s := range doc.Skipped {
		why, line, _ := strings.Cut(s, ": ")
		if why == whyWireSlug || why == whyDateline && reAgencyDash.MatchString(line) {
			return true
		}
	}
	return false
}

// reAgencyDash is an agency's name in brackets closing a dateline, before
// its dash: "(CPA) -", "(Meridian) —".
var reAgencyDash = regexp.MustCompile(`\(\p{Lu}[\p{L}0-9 .&'-]{0,40}\)\s*[-–—]+\s*$`)
