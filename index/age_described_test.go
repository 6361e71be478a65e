package index

import "testing"

// "did the 12 yr old boy say anything abt the boat": the one person the
// articles make 12 is who is meant, and he is named but never quoted;
// his father's words about him are not his.
func TestAnAgeDescribesTheOneOfThatAge(t *testing.T) {
	e := engineOfFiles(t, map[string]string{
		"boat.md": "# The boat\n\n" +
			"On Thursday evening a river police boat took 12-year-old Emil Dravic and his 76-year-old grandfather across the Tarrow to the monitors' post.\n\n" +
			"\"Emil told me the boat was the best part. My father told me it was the worst,\" said Stefan Dravic, 41, Emil's father.\n",
	})
	a := ask(t, e, "did the 12 yr old boy say anything abt the boat")
	if a.Speaker != "Emil Dravic" || len(a.Quotes) > 0 || a.SpeakerStatus != SpeakerNotQuoted {
		t.Errorf("speaker %q, %d quotes, status %q; want Emil Dravic, named but never quoted", a.Speaker, len(a.Quotes), a.SpeakerStatus)
	}
}
