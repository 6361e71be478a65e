package index

import "testing"

// A transcript's answer is about the question of the turn before it, even
// when that turn goes on past its question mark: "levchuk on turnout" is
// her answer to "What about the turnout rule? Because …".
func TestTranscriptAnswerIsAboutTheTurnBefore(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"podcast.txt": `Title: The Long Table, episode 212
Outlet: Long Table
Date: 2028-04-28

MAYA: Oksana Levchuk, thank you for coming on.

LEVCHUK: Thank you both. I have followed these polls for fifteen years.

MAYA: What about the turnout rule? Because I keep seeing people online saying the whole thing fails if not enough people show up.

LEVCHUK: That's true. Under the 2021 referendum law, at least half of registered voters have to take part, or the result is invalid.

MAYA: And who wins?

LEVCHUK: I'm a researcher, I don't predict. Fine, I think yes wins.
`})
	checkSpeakers(t, e, []speakerCase{{"levchuk on turnout", "Oksana Levchuk", "That's true. Under the 2021 referendum law"}})
}
