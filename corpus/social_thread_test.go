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
	checkPostSpeakers(t, d, map[string]string{
		"where did the 300m crowns":                "Pieter Roussel",
		"Roussel handing out billions":             "",
		"build us a country we will have to leave": "Mira Jovanek",
		"the largest single pledge":                "",
		"Donors pledge 8.4bn":                      "",
	})
	for _, p := range texts {
		if strings.HasPrefix(p, "> Reply by") && strings.Contains(p, "wait,") {
			t.Errorf("a reply's heading and its post are one passage: %q", p)
		}
	}
}

// A thread exported with each post under a numbered line giving the
// writer's display name, handle and time ("[2] Kiril Halm @kiril_halm .
// 19 Nov 2078, 11:41"), a "Replying to @…" line, and for some a bio line
// ("Shift electrician, Heating Plant No. 1"): each post is its writer's
// words, the bio is what they are (no words of theirs), and the reply
// line is neither a heading nor a passage. A display name the thread
// gives no person ("Drav Liaison Watch") speaks for no one.
func TestThreadExportWithDisplayNames(t *testing.T) {
	thread := `=== THREAD EXPORT ===
Platform: Chirp (public posts only) | Exported 21 Nov 2078 09:12 UTC
---------------------------------------------------------------------

[1] Kiril Halm @kiril_halm . 19 Nov 2078, 11:41
Replying to @TEM_Mission
Good news for the hospitals. My grandmother is 80, and she has been living in her coat since September.
Replies 38 | Reposts 97 | Likes 1,104

    [2] Lena Sarvic @LSarvic_Energy . 19 Nov 2078, 12:30
    Press Secretary, Ministry of Energy of Solvany
    Replying to @kiril_halm
    Flats from Wednesday the 23rd, district by district. Our thoughts are with your grandmother.
    Replies 51 | Reposts 60 | Likes 410

[3] Ilona Brekke @nurse_ilona . 19 Nov 2078, 15:05
Paediatric nurse, Orlin Ford Children's Hospital. Views my own.
Ward 4 is at 21 degrees. I cried in the sluice room and I'm not ashamed of it.
Replies 64 | Reposts 230 | Likes 5,902

[4] Drav Liaison Watch @DravLiaisonWatch . 19 Nov 2078, 14:40
Unofficial account, not affiliated with any government
Somebody's maths is running hotter than their radiators, whatever the ministry says.
Replies 302 | Reposts 143 | Likes 655
`
	d, texts := loadOne(t, "thread.txt", thread)
	checkPostSpeakers(t, d, map[string]string{
		"living in her coat since September":     "Kiril Halm",
		"Our thoughts are with your grandmother": "Lena Sarvic",
		"I cried in the sluice room":             "Ilona Brekke",
		"running hotter than their radiators":    "",
		"Views my own":                           "",
	})
	for _, p := range texts {
		if strings.HasPrefix(p, "Replying to") {
			t.Errorf("a reply's pointer read as a passage: %q", p)
		}
	}
	roles := map[string]string{}
	for _, p := range d.People {
		roles[p.Name] = strings.Join(p.Roles, "; ")
	}
	if !strings.Contains(roles["Ilona Brekke"], "Paediatric nurse") || !strings.Contains(roles["Lena Sarvic"], "Press Secretary") {
		t.Errorf("bios not read as titles: %q", roles)
	}
	if _, ok := roles["Orlin Ford Children"]; ok {
		t.Error("a hospital's name read as a person")
	}
}

// checkPostSpeakers fails t for each text of want that is not the words
// of the one want gives, "" for no one's (no quote, or a quote no one is
// credited with).
func checkPostSpeakers(t *testing.T, d *Document, want map[string]string) {
	t.Helper()
	for text, who := range want {
		if got := strings.TrimPrefix(quoteSpeaker(d, text), "(no quote)"); got != who {
			t.Errorf("%q is %q's, want %q's", text, got, who)
		}
	}
}
