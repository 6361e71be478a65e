package index

import (
	"context"
	"strings"
	"testing"
)

// A country asked about is found under its other names: "the us" in what
// Washington did, "russia" in what Moscow said.
func TestCountryByItsOtherNames(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"council.txt": `Title: Council sets up the mission
Outlet: Wire
Date: 2028-03-02

Mike Waltz said he had pushed hard for this mission from the first day. He announced that Washington would contribute $95 million towards the mission's start-up costs.

The European Union will provide EUR 120 million for the start-up of the mission's logistics.

Japan said it would contribute $10 million to the mission later in the year.

The talks on the prisoner exchange resumed in Geneva on Tuesday.

Ukraine's grid operator said no power plants had been hit since Sunday.
`})
	a, err := e.Ask(context.Background(), "how much will the us contribute to the mission", AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "$95 million") {
		t.Errorf("passages %+v, want Washington's $95 million first", a.Passages)
	}
}
