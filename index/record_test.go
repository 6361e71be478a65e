package index

import "testing"

// briefingTranscript heads its turns with the record's fields: where and
// when the briefing was, and who moderated it.
const briefingTranscript = `Joint press briefing after the signing of the Montreux framework

Venue: Media Centre, Hotel du Lac, Montreux
Date and time: Friday, 18 March 2050, 11:00 CET
Moderator: Lukas Imhof, FDFA spokesperson

IMHOF: Good morning. The ambassador will make a short statement, then we take questions.

AMBASSADOR KELLER: The framework was signed at 3.40 this morning. Both delegations have agreed to meet again.

IMHOF: Thank you all. The next briefing will be held after the technical round.
`

// A record's fields answer what the record is of: "where was the press
// briefing" is the briefing's venue, though the venue's line never says
// "briefing" and only the title does.
func TestRecordFieldsAnswerUnderTheirTitle(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"briefing.txt": briefingTranscript})
	firstPassageHolds(t, e, "where was the press briefing", "Venue: Media Centre, Hotel du Lac")
	firstPassageHolds(t, e, "who moderated the montreux briefing", "Moderator: Lukas Imhof")
}
