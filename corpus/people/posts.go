package people

import (
	"regexp"
	"strings"
)

// reHandleLine is a forum thread's line naming who wrote the post under
// it: "u/BohdanLysenko_MinCult · 540 points", "@kravets_s · 2h".
var reHandleLine = regexp.MustCompile(`^(?:u/|@)([A-Za-z0-9_.\-]{3,40})(?:\s*[·|•\-–—].{0,60})?$`)

// findPosts reads a forum thread (an AMA, a comment section): each
// paragraph under a line naming its writer by handle is theirs, up to
// the next such line, when the handle spells the given name and the
// surname of someone the thread names ("u/BohdanLysenko_MinCult", after
// "I'm Bohdan Lysenko"). Other handles' posts are no one's the model
// knows.
func (a *analyser) findPosts() {
	var cur *member
	for i := range a.paras {
		p := &a.paras[i]
		if m := reHandleLine.FindStringSubmatch(strings.TrimSpace(p.Text)); m != nil {
			cur = a.byHandle(m[1])
			continue
		}
		if cur == nil || p.label != nil || i == 0 || a.paras[i-1].Section != p.Section {
			cur = nil
			continue
		}
		p.label = &label{answer: cur}
	}
}

// byHandle is the one person named so far whose given name and surname
// both stand in handle, case aside ("BohdanLysenko_MinCult"); nil when
// none or several do.
func (a *analyser) byHandle(handle string) *member {
	h := Fold(handle)
	return a.cast.only(func(p *member) bool {
		ws := strings.Fields(Fold(p.name))
		return len(ws) >= 2 && strings.Contains(h, ws[0]) && strings.Contains(h, ws[len(ws)-1])
	})
}
