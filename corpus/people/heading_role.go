package people

import (
	"regexp"
	"strings"
)

// reHeadingRole is a section heading that is a word for what someone is
// and nothing more, as a photo essay heads each picture: "**4. The
// beekeeper**", "2. The chief".
var reHeadingRole = regexp.MustCompile(`^[*_#\s]*(?:\d{1,2}[.)]\s+)?[Tt]he ((?:\p{Ll}[\p{Ll}\-]*\s+){0,2}\p{Ll}[\p{Ll}\-]*)[*_\s]*$`)

// findHeadingRoles gives the one a section opens by naming the title its
// heading calls them: "**4. The beekeeper**" over "Hana Ferrant, 58,
// holds a frame from one of her burnt hives …" is the beekeeper. Only a
// heading that is a person noun alone ("The boat" is a picture of a
// boat), and only the name opening the paragraph, as its subject.
func (a *analyser) findHeadingRoles() {
	for i := range a.paras {
		p := &a.paras[i]
		h := openedHeading(a.paras, i)
		if h == "" && i > 0 && a.paras[i-1].Section == p.Section {
			// The heading read as a paragraph of its own: a bold line
			// over the picture's caption.
			h = a.paras[i-1].Text
		}
		if h == "" || p.label != nil {
			continue
		}
		m := reHeadingRole.FindStringSubmatch(h)
		if m == nil {
			continue
		}
		role := strings.Join(strings.Fields(m[1]), " ")
		noun := lastWord(role)
		if singular(a.lx, noun) != noun || !a.lx.IsPersonNoun(noun) {
			continue
		}
		ms := p.ments
		if p.Caption {
			ms = p.captioned
		}
		if len(ms) == 0 || ms[0].possessive || strings.Trim(p.Text[:ms[0].off], " *_\"“") != "" {
			continue
		}
		who := ms[0].p
		if g := a.lx.titleGender(noun); g != Unknown && who.gender != Unknown && g != who.gender {
			continue
		}
		if who.hasRoleHead(a.lx, noun) {
			continue // "2. The chief" over "the crew chief at …": said already
		}
		who.roles.add(role)
	}
}
