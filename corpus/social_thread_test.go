package corpus

import (
	"strings"
	"testing"
)

// A social thread saved as text: each post under a line naming its
// writer by handle, with their display name in brackets and the site's
// mark ("@AldermoorFund (Aldermoor Development Fund) [verified]"), or
// a reply's or quote-post's line ("> Reply by @pieter_roussel (Pieter
// Roussel) | 26 Apr 2078, 11:03"), then the date. A post is its writer's
// words when the handle spells a name the thread gives, and no one's
// otherwise: a body's post after a person's is never that person's, nor
// is a reply opening in lower case under its heading line.
func TestSocialThreadPostsByHandle(t *testing.T) {
	thread := `Murmur - Thread view
#LysseConf | saved from murmur.app on 27 Apr 2078, 22:14

------------------------------------------------------------
@ORNnews (ORN News) [verified]
26 Apr 2078, 10:12
BREAKING: Ostrelian Finance Minister Aurel Kostovan tells donors in Lysse the war has caused 62bn crowns in damage.
142 replies | 1.1K reposts | 3.4K likes

    > Quote-post by @pieter_roussel (Pieter Roussel) | 26 Apr 2078, 10:31
    Before anyone pledges: where did the 300m crowns from the Bridge Fund go? Story coming.
    88 replies | 612 reposts | 2.0K likes

        > Reply by @lysse_grumbler | 26 Apr 2078, 10:52
        wait, Roussel asking where the money went and Roussel handing out billions?? related??
        19 replies | 4 reposts | 77 likes

------------------------------------------------------------
@mira_jovanek (Mira Jovanek)
27 Apr 2078, 09:31
Done. I said it to their faces: don't build us a country we will have to leave. My hands are still shaking.
301 replies | 4.4K reposts | 18K likes

------------------------------------------------------------
@AldermoorFund (Aldermoor Development Fund) [verified]
27 Apr 2078, 10:20
The Fund announces 2.5bn crowns for Ostrelia, the largest single pledge at the conference today.
95 replies | 1.7K reposts | 4.0K likes

------------------------------------------------------------
@ORNnews (ORN News) [verified]
27 Apr 2078, 16:40
FINAL: Donors pledge 8.4bn crowns over three years. Communique signed for Ostrelia by Deputy Finance Minister Nadia Orsolan.
210 replies | 2.2K reposts | 5.6K likes
`
	d, texts := loadOne(t, "thread.txt", thread)
	for text, want := range map[string]string{
		"where did the 300m crowns":                "Pieter Roussel",
		"Roussel handing out billions":             "",
		"build us a country we will have to leave": "Mira Jovanek",
		"the largest single pledge":                "",
		"Donors pledge 8.4bn":                      "",
	} {
		if got := strings.TrimPrefix(quoteSpeaker(d, text), "(no quote)"); got != want {
			t.Errorf("%q is %q's, want %q's", text, got, want)
		}
	}
	for _, p := range texts {
		if strings.HasPrefix(p, "> Reply by") && strings.Contains(p, "wait,") {
			t.Errorf("a reply's heading and its post are one passage: %q", p)
		}
	}
}
