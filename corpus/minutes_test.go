package corpus

import "testing"

// commissionMinutes are minutes that list those present with the
// initials they then call them by.
const commissionMinutes = `CLAIMS COMMISSION FOR WAR DAMAGE TO THE ENVIRONMENT
MINUTES OF THE 3RD PLENARY MEETING

Date: Tuesday, 30 June 2065
Time: 10:00–13:10 (Geneva time)
Place: International Environment House, Geneva

PRESENT
Oksana Kravets (OK), Ukraine, head of delegation
Solveig Berg (SB), Norwegian Ministry of Climate and Environment, observer
Yelena Shatrova (YS), Russian Federation, head of delegation
Kofi Asante (KA), secretariat, minutes

3. SCHEDULE B PROCEDURE

YS stated that the Russian Federation "does not recognise any claim in Schedule B as admissible." OK replied that Ukraine "will register every hectare, whether or not anyone is allowed to look at it." SB said Norway would "keep the proposal on the table until the autumn."

4. FUND STATUS

The fund holds EUR 310 million. Members agreed that it was OK to publish the figure.
`

// Minutes call people by the initials their list of those present gives
// them: "YS stated that …" is Yelena Shatrova's.
func TestMinutesInitialsSpeak(t *testing.T) {
	d, _ := loadOne(t, "minutes.txt", commissionMinutes)
	want := map[string]string{
		"does not recognise any claim":   "Yelena Shatrova",
		"will register every hectare":    "Oksana Kravets",
		"keep the proposal on the table": "Solveig Berg",
	}
	for start, who := range want {
		wantSpeaker(t, d, start, who)
	}
}
