package corpus

import (
	"slices"
	"strings"
	"unicode"
)

// KindOpinion is the Kind of a piece in its writer's own voice: an
// op-ed, a column, an editorial. "The columnist", "the op-ed guy" is
// whoever its byline names.
const KindOpinion = "opinion"

// kindOf reads what kind of piece doc is from how its page labels it:
// its file name and address, its breadcrumb, section label, byline, or a
// kicker of a few words over its text ("OPINION · COLUMN"); data/page.yaml
// opinion_labels. Not its site's menu, which lists "Opinion" over every
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
	for _, l := range labels {
		words := " " + strings.Join(strings.FieldsFunc(strings.ToLower(l), func(r rune) bool { return !unicode.IsLetter(r) }), " ") + " "
		for _, o := range pageWords().opinion {
			if strings.Contains(words, " "+o+" ") {
				return KindOpinion
			}
		}
	}
	return ""
}
