package index

import "testing"

// Of two grandmothers, "the grandma waiting at the bridge" is the one the
// passage saying so names: a relative is told apart by what the question
// says of them ("whose grandson was on the second bus" makes Vera Lunik a
// grandmother), never by a passage naming someone else near the words.
// "the grandma" alone says nothing of which.
func TestRelativeToldApartByTheRestOfTheDescription(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"bridge.txt": `Children cross the Oskra bridge

KESH-AMAR, June 14 - Forty-seven children crossed the bridge on Saturday.

The Ombudsman, Astrid Vangsnes, said: "We will not stop at the bridge."

Among those waiting at the bridge were Daria Orlan, a Red Cross volunteer, and Vera Lunik, 58, whose grandson was on the second bus. "I have not slept for three nights," Lunik told the agency.

One boy stayed behind with his grandmother, Halina Rusek-Andar, in Kesh-Amar. "He is all I have," Rusek-Andar said.
`})
	askedAs(t, e, []struct{ q, who string }{
		{"what did the grandma waiting at the bridge say", "Vera Lunik"},
		{"what did the grandmother in kesh-amar say", "Halina Rusek-Andar"},
		{"what did the grandma say", ""},
	})
}
