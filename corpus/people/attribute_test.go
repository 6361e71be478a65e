package people

import (
	"slices"
	"strings"
	"testing"
)

// paras makes numbered paragraphs; a "## " line sets the section of the
// paragraphs after it.
func paras(lines ...string) []Paragraph {
	var out []Paragraph
	section := ""
	for _, l := range lines {
		if len(l) > 3 && l[:3] == "## " {
			section = l[3:]
			continue
		}
		out = append(out, Paragraph{Text: l, Section: section, Num: len(out) + 1})
	}
	return out
}

// analyse reads paragraphs with the built-in lexicon.
func analyse(ps []Paragraph) ([]Quote, *Document) {
	d, err := Default().Analyse(ps, Options{})
	if err != nil {
		panic(err)
	}
	return d.Quotes, d
}

func TestQuoteAttribution(t *testing.T) {
	type q struct{ speaker, role, text string }
	tests := []struct {
		name  string
		paras []string
		want  []q
	}{
		{
			name: "three words a named person gives a thing are theirs; three words no one gives are a scare quote",
			paras: []string{
				`His Russian counterpart, Deputy Foreign Minister Gennady Sorokin, called the text "acceptable, with reservations".`,
				`The plan, dubbed "Minsk by another name", was shelved.`,
			},
			want: []q{{"Gennady Sorokin", "Deputy Foreign Minister", "acceptable, with reservations"}},
		},
		{
			name: "a radio script's clip credit with the clip's length in seconds, over the clip",
			paras: []string{
				`LOZYNSKYI (VO): The man who draws up their routes every night is the FAO field coordinator, Amara Diallo.`,
				`CLIP: AMARA DIALLO, FAO FIELD COORDINATOR (0'14")`,
				`"We did four thousand six hundred animals yesterday. The cows are calm."`,
			},
			want: []q{{"Amara Diallo", "FAO field coordinator", "We did four thousand six hundred animals yesterday. The cows are calm."}},
		},
		{
			name: "a surname the text makes a woman's, before a man's full name with it: two people",
			paras: []string{
				`07:50 Chief Bondar says her crews on the northern edge "can finally stand still without listening for the whistle of a shell".`,
				`Ukrainian delegation head Yurii Bondar, deputy interior minister, arrived at noon.`,
				`"We will not stop here tonight," Mr Bondar said.`,
				`"The crews are tired but safe," said Ms Bondar.`,
			},
			want: []q{
				{"Bondar", "Chief", "can finally stand still without listening for the whistle of a shell"},
				{"Yurii Bondar", "Ukrainian delegation head", "We will not stop here tonight,"},
				{"Bondar", "Chief", "The crews are tired but safe,"},
			},
		},
		{
			name: "a timeline's cells: a quotation credited to a name and its body's initials, and no turn going on into the cells after it",
			paras: []string{
				`Arkady Vetrov leads the Russian side; Faisal Al-Hajri mediates.`,
				`January 2074`,
				`Margrit Oberholzer, ICRC: "A list is where reunification starts. It is not where it ends."`,
				`February 2074`,
				`First ICRC-arranged video calls between the children and their parents.`,
				`Special Envoy Faisal Al-Hajri: "Forty is not a large number, but each one of them is a whole family."`,
				`Qatar offers to mediate.`,
				`Vetrov: "The children were never hidden."`,
				`Second round in Doha ends without a handover date.`,
			},
			want: []q{
				{"Margrit Oberholzer", "ICRC", "A list is where reunification starts. It is not where it ends."},
				{"Faisal Al-Hajri", "Special Envoy", "Forty is not a large number, but each one of them is a whole family."},
				{"Arkady Vetrov", "leader of the Russian side", "The children were never hidden."},
			},
		},
		{
			name: "'he' after a sentence about what someone owns is theirs; after one about someone they own, no one's",
			paras: []string{
				`The talks were co-chaired by Ambassador Matthias Eberl, Austria's special envoy. Major General Arkady Samsonov led the Russian delegation.`,
				`"We did not come to Vienna to be put on trial," Samsonov said.`,
				`Eberl's way out was to drop attribution from the mandate altogether. "The chlorine does not care who fired," he told me afterwards.`,
				`Eberl's deputy was blunter. "Nobody will sign that," he said.`,
			},
			want: []q{
				{"Arkady Samsonov", "Major General", "We did not come to Vienna to be put on trial,"},
				{"Matthias Eberl", "Ambassador", "The chlorine does not care who fired,"},
				{"", "", "Nobody will sign that,"},
			},
		},
		{
			name: "two women in a sentence set against each other by 'while': 'she' is the last clause's subject, unless she is a he",
			paras: []string{
				`Foreign Minister Iryna Kostenko thanked the mediators on Sunday, while Russian ombudswoman Yelena Dobrovolskaya, speaking at Gomel airport, praised the Belarusian hosts. "The bridge was ready, the buses were ready, and so were we," she said.`,
				`The talks in Abu Dhabi went on.`,
				`Foreign Minister Iryna Kostenko thanked the mediators on Monday, while Archbishop Lorenzo Vitale, speaking in Rome, praised the drivers. "Every name on that list was a family waiting," she said.`,
			},
			want: []q{
				{"Yelena Dobrovolskaya", "Russian ombudswoman", "The bridge was ready, the buses were ready, and so were we,"},
				{"Iryna Kostenko", "Foreign Minister", "Every name on that list was a family waiting,"},
			},
		},
		{
			name: "a surname addressed as a doctor, then a namesake named plainly paragraphs on: two people",
			paras: []string{
				`He found her lying in the shallows, and he rang the district vet, Dr Bondar, who came within the hour.`,
				`"In a village like this, a man's herd is his pension," the vet said later.`,
				`In Sosnivka, two kilometres downstream, Petro Bondar lost eleven cows. "Vasyl lost more than anyone," he said.`,
				`"Burn her whole," Dr Bondar told him.`,
			},
			want: []q{
				{"Bondar", "district vet", "In a village like this, a man's herd is his pension,"},
				{"Petro Bondar", "", "Vasyl lost more than anyone,"},
				{"Bondar", "Dr", "Burn her whole,"},
			},
		},
		{
			name:  "said + role + name after the quote; text kept as written",
			paras: []string{`The Kremlin rejected Chancellor Merz's idea of a short Christmas ceasefire. " We want peacewe don't want a truce that would give Ukraine a respite and prepare for the continuation of the war," said Kremlin spokesman Dmitry Peskov.`},
			want:  []q{{"Dmitry Peskov", "Kremlin spokesman", "We want peacewe don't want a truce that would give Ukraine a respite and prepare for the continuation of the war,"}},
		},
		{
			name: "he said: resolved to the last man named in the paragraph before",
			paras: []string{
				`The Kremlin rejected Chancellor Merz's idea. "We want peace, not a truce that helps Ukraine," said Kremlin spokesman Dmitry Peskov.`,
				`In response to a question about security guarantees, he said: "We have not seen any texts yet. Once we see them, we will analyze them."`,
			},
			want: []q{
				{"Dmitry Peskov", "Kremlin spokesman", "We want peace, not a truce that helps Ukraine,"},
				{"Dmitry Peskov", "Kremlin spokesman", "We have not seen any texts yet. Once we see them, we will analyze them."},
			},
		},
		{
			name:  "surname after the quote resolves to the full name",
			paras: []string{`This offer comes as Ukraine's President Volodymyr Zelensky signals a potential compromise. "We need clear security guarantees to prevent another Russian invasion," Zelensky emphasized.`},
			want:  []q{{"Volodymyr Zelensky", "Ukraine's President", "We need clear security guarantees to prevent another Russian invasion,"}},
		},
		{
			name:  "participle: stating, after the subject's clause",
			paras: []string{`US President Donald Trump, who has been actively involved in the negotiations, expressed optimism about reaching a peace deal, stating, "We are closer now than we have ever been." However, he acknowledged the complexity.`},
			want:  []q{{"Donald Trump", "US President", "We are closer now than we have ever been."}},
		},
		{
			name:  "she pointed out, after a few of her words quoted in what she told DW",
			paras: []string{`Susan Stewart from the German Institute for International and Security Affairs (SWP) told DW that the statement was "very important" for Ukraine. "Article 5 of the NATO treaty does not stipulate that an attack must be responded to with military means," she pointed out.`},
			want: []q{
				{"Susan Stewart", "German Institute for International and Security Affairs (SWP)", "very important"},
				{"Susan Stewart", "German Institute for International and Security Affairs (SWP)", "Article 5 of the NATO treaty does not stipulate that an attack must be responded to with military means,"},
			},
		},
		{
			name: "two or three words quoted in what a named person is reported to have said are theirs; one word, or a term after an article, is the writer's",
			paras: []string{
				`Kremlin spokesman Dmitry Peskov said the map was "a working document" and nothing more.`,
				`Peskov told reporters that Moscow was "confident" about the talks.`,
				`Peskov said the plan was a "grand bargain" for the region.`,
			},
			want: []q{{"Dmitry Peskov", "Kremlin spokesman", "a working document"}},
		},
		{
			name: "a quote standing alone continues the paragraph's speaker",
			paras: []string{
				`Susan Stewart from the German Institute for International and Security Affairs (SWP) told DW it was important.`,
				`Stewart said it would only be possibly to assess the guarantees thoroughly once all the details had been published. "But I think it's very important that this step has now been taken, to list these points and say: 'Yes, we as Europeans are ready to do this.'"`,
			},
			want: []q{{"Susan Stewart", "German Institute for International and Security Affairs (SWP)", "But I think it's very important that this step has now been taken, to list these points and say: 'Yes, we as Europeans are ready to do this.'"}},
		},
		{
			name: "she told ...; She said in the next paragraph; a quote spanning sentences",
			paras: []string{
				`In the opinion of Claudia Major, a security expert at the German Marshall Fund of the United States, the guarantees are not comparable. "It is support. However, it is not a legally binding obligation to defend Ukraine in the event of a new attack," she told German public broadcaster ARD.`,
				`She said that on the basis of what is currently known there was no way of deducing what might happen. "Will troops be sent? Will someone come to defend Ukraine, as would happen in NATO? This is not the case."`,
			},
			want: []q{
				{"Claudia Major", "security expert at the German Marshall Fund of the United States", "It is support. However, it is not a legally binding obligation to defend Ukraine in the event of a new attack,"},
				{"Claudia Major", "security expert at the German Marshall Fund of the United States", "Will troops be sent? Will someone come to defend Ukraine, as would happen in NATO? This is not the case."},
			},
		},
		{
			name: "he with no man in reach stays unattributed; an unclosed quote runs to the end",
			paras: []string{
				`## Would the security guarantees be like NATO's Article 5?`,
				`In the opinion of Claudia Major, the guarantees are not comparable. "It is support, not an obligation to defend Ukraine," she told ARD.`,
				`## Russia believes it's 'on the path to victory'`,
				`He did not think that Russia would make concessions since it believes it is "on the path to victory," he said. "The specific issue here is Donbass. Until this happens, Putin will continue this war.`,
			},
			want: []q{
				{"Claudia Major", "", "It is support, not an obligation to defend Ukraine,"},
				{"", "", "on the path to victory,"},
				{"", "", "The specific issue here is Donbass. Until this happens, Putin will continue this war."},
			},
		},
		{
			name:  "said X with a surname only",
			paras: []string{`Signed in the past, these agreements did not prevent Russia from attacking Crimea in 2014. "We must hope that these security guarantees, if they come from the US, are really serious," said Reisner.`},
			want:  []q{{"Reisner", "", "We must hope that these security guarantees, if they come from the US, are really serious,"}},
		},
		{
			name: "X told Y; scare quotes are not statements",
			paras: []string{
				`Wilfried Jilge of the German Council on Foreign Relations (DGAP) also feared the current talks could lead to a "Minsk III." He warned against a "buffer zone" in Donbass.`,
				`"As soon as the Russians are in such an area, even if it's just police forces, regulations will be undermined," Jilge told DW.`,
			},
			want: []q{{"Wilfried Jilge", "German Council on Foreign Relations (DGAP)", "As soon as the Russians are in such an area, even if it's just police forces, regulations will be undermined,"}},
		},
		{
			name:  "an unnamed source keeps its role and no name",
			paras: []string{`According to the AFP news agency, a US official said that the "basis of the agreement is basically to have really, really strong guarantees." This reportedly did not involve the deployment of US troops.`},
			want:  []q{{"", "US official", "basis of the agreement is basically to have really, really strong guarantees."}},
		},
		{
			name:  "according to X, with curly quotes",
			paras: []string{`According to Qatari mediator Khalid al-Mansouri, the lists were agreed “after two weeks of very patient work on names and numbers.”`},
			want:  []q{{"Khalid al-Mansouri", "Qatari mediator", "after two weeks of very patient work on names and numbers."}},
		},
		{
			name:  "she skips the man named last and finds the woman",
			paras: []string{`Italian Prime Minister Giorgia Meloni met Chancellor Friedrich Merz in Rome. “Europe has to pay for its own security now,” she said.`},
			want:  []q{{"Giorgia Meloni", "Italian Prime Minister", "Europe has to pay for its own security now,"}},
		},
		{
			name:  "curly quotes, said + role before the name",
			paras: []string{`“We have taken out the parts that were written in Moscow,” said Ukrainian negotiator Taras Melnyk. “What is left can be discussed.”`},
			want: []q{
				{"Taras Melnyk", "Ukrainian negotiator", "We have taken out the parts that were written in Moscow,"},
				{"Taras Melnyk", "Ukrainian negotiator", "What is left can be discussed."},
			},
		},
		{
			name:  "the sentence's subject speaks after a relative clause; role with 'of'",
			paras: []string{`Secretary of State Marco Rubio, who led the US team, said the negotiations had been "productive" and "the most meaningful in months".`},
			want:  []q{{"Marco Rubio", "Secretary of State", "the most meaningful in months"}},
		},
		{
			name:  "apposition without an article",
			paras: []string{`"We verify every name twice, because a mistake means a mother waits another year," said Petro Yaremchuk, head of the coordination headquarters.`},
			want:  []q{{"Petro Yaremchuk", "head of the coordination headquarters", "We verify every name twice, because a mistake means a mother waits another year,"}},
		},
		{
			name:  "role, comma, name",
			paras: []string{`The Kremlin's top foreign policy aide, Yuri Ushakov, was more guarded. He said the talks were "useful" but warned: "Some of the proposals are not acceptable to us at all."`},
			want:  []q{{"Yuri Ushakov", "Kremlin's top foreign policy aide", "Some of the proposals are not acceptable to us at all."}},
		},
		{
			name:  "nationality and lower-case role words between the verb and the name are the role",
			paras: []string{`"We will not accept any deal that rewards the aggressor," said Danish prime minister Henrik Larsen.`},
			want:  []q{{"Henrik Larsen", "Danish prime minister", "We will not accept any deal that rewards the aggressor,"}},
		},
		{
			name:  "a capitalised title with a nationality",
			paras: []string{`"We will not accept any deal that rewards the aggressor," said Danish Prime Minister Henrik Larsen.`},
			want:  []q{{"Henrik Larsen", "Danish Prime Minister", "We will not accept any deal that rewards the aggressor,"}},
		},
		{
			name:  "an abbreviation does not end the attribution clause",
			paras: []string{`"The plan is dead, and everyone in the room knows it," said Dr. Anna Schmidt. She works in Berlin.`},
			want:  []q{{"Anna Schmidt", "Dr", "The plan is dead, and everyone in the room knows it,"}},
		},
		{
			name: "a name stops at the sentence end; the next sentence's pronoun is not part of it",
			paras: []string{
				`"Europe must never again be divided into spheres of influence," said Estonian foreign minister Kaja Mets. She argued that the guarantees needed a clear trigger: "A guarantee without a trigger is only a promise."`,
			},
			want: []q{
				{"Kaja Mets", "Estonian foreign minister", "Europe must never again be divided into spheres of influence,"},
				{"Kaja Mets", "Estonian foreign minister", "A guarantee without a trigger is only a promise."},
			},
		},
		{
			name: "a quoted document title after 'In their' is a name, not a statement",
			paras: []string{
				`In their "Joint declaration on the Baltic Sea," the Nordic leaders pledged a "standing naval mission that protects cables, pipelines and shipping lanes."`,
				`In the "Framework for lasting peace," published on Friday, the mediators proposed a "ceasefire line monitored by unarmed observers from neutral states."`,
				`Under Zelensky's "Victory plan for Ukraine," the army would be rebuilt first.`,
			},
			want: []q{
				{"", "", "standing naval mission that protects cables, pipelines and shipping lanes."},
				{"", "", "ceasefire line monitored by unarmed observers from neutral states."},
			},
		},
		{
			name: "titles after 'titled' and 'According to the' are names of documents",
			paras: []string{
				`In a statement titled "Peace through strength in Europe," the ministers pledged more air defence.`,
				`According to the "Joint statement on security guarantees," the allies will send trainers.`,
			},
			want: nil,
		},
		{
			name:  "an apposition with a country's possessive is a role",
			paras: []string{`Rustem Umerov, Ukraine's chief negotiator, said the talks were "useful and very detailed for both sides."`},
			want:  []q{{"Rustem Umerov", "Ukraine's chief negotiator", "useful and very detailed for both sides."}},
		},
		{
			name:  "'the German chancellor' finds the well-known figure with that title",
			paras: []string{`Merz met Macron and Starmer in London. "We stand with Ukraine for as long as it takes," the German chancellor said.`},
			want:  []q{{"Friedrich Merz", "German Chancellor", "We stand with Ukraine for as long as it takes,"}},
		},
		{
			name: "a quotation after 'the' that is speech, not a title, stays",
			paras: []string{
				`In the end, the minister told reporters that the "talks will go on as long as there is something left to talk about," and left.`,
				`The statement also outlined commitments to a "US led ceasefire monitoring and verification mechanism with international participation," as well as aid.`,
			},
			want: []q{
				{"", "", "talks will go on as long as there is something left to talk about,"},
				{"", "", "US led ceasefire monitoring and verification mechanism with international participation,"},
			},
		},
		{
			name:  "a participle after the quotation goes on with the subject named before it",
			paras: []string{`The deputy minister, Oksana Hrytsenko, told the committee on Monday that the ministry had "paid every family that applied in full", adding that a second round would follow in March.`},
			want:  []q{{"Oksana Hrytsenko", "deputy minister", "paid every family that applied in full"}},
		},
		{
			name: "three words a speaker is named saying after them are a quote; three framed by a verb before are not",
			paras: []string{
				`Mayor Ilse Brandt said the city would answer "deeds, not headlines", she told reporters.`,
				`Brandt said the plan was a "grand bargain, really" for the region.`,
			},
			want: []q{{"Ilse Brandt", "Mayor", "deeds, not headlines"}},
		},
		{
			name: "according to him: the man the text has been quoting; an infinitive after a quotation attributes nothing",
			paras: []string{
				`"We read the newspapers, but we do not negotiate with them," Volin said.`,
				`According to him, the position on the territories "is well known and has not changed." He declined to say when envoys would meet.`,
			},
			want: []q{
				{"Volin", "", "We read the newspapers, but we do not negotiate with them,"},
				{"Volin", "", "is well known and has not changed."},
			},
		},
		{
			name: "a quotation running over two paragraphs is the speaker's named where it ends",
			paras: []string{
				`"We went to Geneva to talk about root causes, and our partners wanted to talk about cables. We agreed on the cables.`,
				`"But nobody should imagine that by agreeing on cables we have agreed on borders," Viktor Zhuravlev told the state news agency.`,
			},
			want: []q{
				{"Viktor Zhuravlev", "", "We went to Geneva to talk about root causes, and our partners wanted to talk about cables. We agreed on the cables."},
				{"Viktor Zhuravlev", "", "But nobody should imagine that by agreeing on cables we have agreed on borders,"},
			},
		},
		{
			name: "she, then she again paragraphs on: one woman, read through the pronouns between",
			paras: []string{
				`Larysa Vovk keeps a rusted shackle on her desk. "I put it on the table on the first day," she says.`,
				`The Odesa native was not the obvious choice. At 58, she had spent most of her career far from the front pages.`,
				`When President Oleh Kravets picked her in February, the logic was that Ankara would host the talks.`,
				`She describes the talks as a long shift at the docks. "You come in early, you carry heavy things," she says.`,
			},
			want: []q{
				{"Larysa Vovk", "", "I put it on the table on the first day,"},
				{"Larysa Vovk", "", "You come in early, you carry heavy things,"},
			},
		},
		{
			name: "a chain of she stops where one she could be two women: no guess past it",
			paras: []string{
				`Larysa Vovk keeps a rusted shackle on her desk. "I put it on the table on the first day," she says.`,
				`Olena Shevchuk and Iryna Bondar joined the team in March.`,
				`She had spent most of her career in Istanbul.`,
				`Nobody in the room recalls the first day.`,
				`She describes the talks as a long shift. "You come in early, you carry heavy things," she says.`,
			},
			want: []q{
				{"Larysa Vovk", "", "I put it on the table on the first day,"},
				{"", "", "You come in early, you carry heavy things,"},
			},
		},
		{
			name: "an apposition closed by a comma, then an auxiliary before the verb: has said; its, the body the sentence before opens with",
			paras: []string{
				`The International Atomic Energy Agency will monitor compliance. Its director general, Hanne Lindqvist, has said the plant lost power nine times, and that each outage was "a roll of the dice with a reactor".`,
			},
			want: []q{{"Hanne Lindqvist", "International Atomic Energy Agency director general", "a roll of the dice with a reactor"}},
		},
		{
			name: "a surname after a title set before given names and surnames alike (Father, Sister) is a person's, and the title says whom he and she mean",
			paras: []string{
				`Before the drivers climbed in, Father Savchuk walked along the line of trucks. "Drive slowly, you are carrying our grandmothers," he told the drivers.`,
				`Sister Bondar stood by the gate with Colonel Marek Tkach. "We counted every bed twice," she said.`,
			},
			want: []q{
				{"Savchuk", "priest", "Drive slowly, you are carrying our grandmothers,"}, // honorific_roles.tsv
				{"Bondar", "", "We counted every bed twice,"},
			},
		},
		{
			name: "a paragraph that is a quotation alone, after a sentence bringing someone in to speak or think, or after a paragraph about one person alone: theirs; after one naming two, or words the article prints unquoted too (a pull quote): no one's",
			paras: []string{
				`Elif Sahin, a security analyst at the Marmara Policy Institute, thinks the Kremlin accepted the trade-off for a simple reason.`,
				`"Russia needs the corridor almost as much as Ukraine does, because its own grain goes through the same strait."`,
				`Pavlo Bondar, a shipbroker in Odesa, joined the firm in 2019.`,
				`"Insurers will price the risk before they believe the paper."`,
				`Mayor Kostya Ruban sent two field kitchens to the bridge. He spent the three days walking between the cars with a clipboard.`,
				`"Nobody leaves this bridge hungry, and nobody leaves it without their missing son written down somewhere."`,
				`Lidia Voronek shared a thermos of tea with Ana Ferek, a seamstress from Kessel.`,
				`"I will get one son back and lose the other again on the same afternoon."`,
				`I spent nine years clearing mines. The channel is swept twice a week, but twice a week is a photograph, and the sea is a film.`,
				`Rolando Basco, the skipper, is still dead.`,
				`"Twice a week is a photograph, and the sea is a film."`,
			},
			want: []q{
				{"Elif Sahin", "security analyst at the Marmara Policy Institute", "Russia needs the corridor almost as much as Ukraine does, because its own grain goes through the same strait."},
				{"Pavlo Bondar", "shipbroker", "Insurers will price the risk before they believe the paper."},
				{"Kostya Ruban", "Mayor", "Nobody leaves this bridge hungry, and nobody leaves it without their missing son written down somewhere."},
				{"", "", "I will get one son back and lose the other again on the same afternoon."},
				{"", "", "Twice a week is a photograph, and the sea is a film."},
			},
		},
		{
			name: "a pull quote's credit: a title before the name after the dash; on the next line without its dash; not a name heading what follows a quotation its sentence attributes",
			paras: []string{
				`"I have been a diplomat for thirty years." — Ambassador Annelies Brunner, the Swiss envoy`,
				`"I have never before been thanked by a grandmother in a bakery."`,
				`Ambassador Annelies Brunner, the Swiss envoy, after a walk through central Zaporizhzhia on Wednesday`,
				`Peskov told reporters: "We have not seen any texts yet."`,
				`Volodymyr Zelensky`,
			},
			want: []q{
				{"Annelies Brunner", "Swiss envoy", "I have been a diplomat for thirty years."},
				{"Annelies Brunner", "Swiss envoy", "I have never before been thanked by a grandmother in a bakery."},
				{"Dmitry Peskov", "Kremlin spokesman", "We have not seen any texts yet."},
			},
		},
		{
			name:  "a country's seat of government speaking is a body, no person: the Kremlin said",
			paras: []string{`The Kremlin says the Russian delegation has "no instructions to leave Varna without a result", which our Moscow team reads as a signal.`},
			want:  []q{{"", "Kremlin", "no instructions to leave Varna without a result"}},
		},
		{
			name:  "they said is a group: no guess",
			paras: []string{`Friedrich Merz and Volodymyr Zelensky met the press. "We made real progress on the guarantees today," they said.`},
			want:  []q{{"", "", "We made real progress on the guarantees today,"}},
		},
		{
			name:  "called the outcome \"…\": the words its subject gave it, after a relative clause",
			paras: []string{`Turkey's deputy foreign minister, Kerem Aydin, who chaired the session, called the outcome "a small door opened in a very thick wall."`},
			want:  []q{{"Kerem Aydin", "Turkey's deputy foreign minister", "a small door opened in a very thick wall."}},
		},
		{
			name: "described the force as \"…\": a role noun resolved to the general named before, not the diplomat",
			paras: []string{
				`General Laurent Mercadier, the French officer tipped to command the force, briefed ministers over lunch.`,
				`One diplomat said the general described the force as "a reassurance presence, not a buffer" between the armies.`,
			},
			want: []q{{"Laurent Mercadier", "French officer tipped to command the force", "a reassurance presence, not a buffer"}},
		},
		{
			name: "a thing called \"…\", the so-called \"…\" and a passive name no one's words",
			paras: []string{
				`Zelensky presented a plan called "peace through strength right now" in Brussels.`,
				`Merz dismissed the so-called "coalition of the unwilling in Moscow" as a slogan.`,
				`The draft, which was called "a working text for discussion only" by officials, was leaked.`,
			},
			want: []q{{"", "", "peace through strength right now"}, {"", "", "coalition of the unwilling in Moscow"}, {"", "", "a working text for discussion only"}},
		},
		{
			// The title set before the name is the one shown; the
			// relative clause's ("chair of the closing session") is one
			// more of theirs (TestPredicateRoles).
			name:  "a role with its complement set before the name, then a relative clause that gives a title (\"who chaired the closing session\")",
			paras: []string{`Switzerland's state secretary for foreign affairs, Lukas Brunner, who chaired the closing session, said the timetable was "a narrow bridge that both sides can walk on."`},
			want:  []q{{"Lukas Brunner", "Switzerland's state secretary for foreign affairs", "a narrow bridge that both sides can walk on."}},
		},
		{
			name:  "a denial after the quotation attributes nothing: \"He would not say\"",
			paras: []string{`The timetable was "a narrow bridge that both sides can walk on." He would not say when the next round would be held.`},
			want:  []q{{"", "", "a narrow bridge that both sides can walk on."}},
		},
		{
			name: "letters after a name are no part of it: \"Rachel Okafor MP\" is Ms Okafor",
			paras: []string{
				`Witnesses: Rachel Okafor MP, Minister for Europe; Margaret Doyle, the committee chair.`,
				`Ms Okafor said the government was confident. "I am not going to pretend that Moscow will make this easy," she said.`,
			},
			want: []q{{"Rachel Okafor", "Minister for Europe", "I am not going to pretend that Moscow will make this easy,"}},
		},
		{
			name: "Sir and a given name: the knight named in full before",
			paras: []string{
				`Witnesses: Lieutenant General (retired) Sir Richard Fenwick, former commander of the Allied Rapid Reaction Corps.`,
				`Later, Sir Richard told MPs that 600 monitors was "a thin line, and I mean thin".`,
			},
			want: []q{{"Richard Fenwick", "former commander of the Allied Rapid Reaction Corps", "a thin line, and I mean thin"}},
		},
		{
			name: "a conjunction and a new subject open a clause: the participle is not the first subject's",
			paras: []string{
				`Edward Hartley, the shadow Foreign Office minister, said the package was small. He asked how many troops the government would commit, and the minister declined to give a figure, saying planning was "at an advanced stage with France".`,
			},
			want: []q{{"", "", "at an advanced stage with France"}},
		},
		{
			name:  "two given names open the name: Recep Tayyip Erdogan is not Tayyip Erdogan",
			paras: []string{`Turkish President Recep Tayyip Erdogan said Turkey was ready: "Istanbul can host the centre from next month."`},
			want:  []q{{"Recep Tayyip Erdogan", "Turkish President", "Istanbul can host the centre from next month."}},
		},
		{
			name:  "according to a role, then the name set after it; she said, and a clause without a speech verb of its own",
			paras: []string{`The exchange will take place in three stages, according to a spokeswoman for the Austrian foreign ministry, Katharina Leitner. The first group will include 400 men, she said, and the other groups will follow "within 21 days, if the lists hold".`},
			want:  []q{{"Katharina Leitner", "spokeswoman for the Austrian foreign ministry", "within 21 days, if the lists hold"}},
		},
		{
			name: "people named by a given name and what they are: a pronoun two paragraphs on, a deminer with his commander",
			paras: []string{
				`At seven each morning, Oksana, a 52-year-old pharmacist, rolls up the shutter of her shop.`,
				`Her nephew Maksym, a border guard, was captured in March 2022.`,
				`"I have stopped believing dates. I believe buses," she said.`,
				`Dmytro, 34, a deminer with the service, said the job would take "thirty years, if nobody lays new ones", while his commander, Captain Ruslan Hordiienko, said that was optimistic: "Between ourselves we say fifty years."`,
			},
			want: []q{
				{"Oksana", "52-year-old pharmacist", "I have stopped believing dates. I believe buses,"},
				{"Dmytro", "deminer", "thirty years, if nobody lays new ones"},
				{"Ruslan Hordiienko", "Captain", "Between ourselves we say fifty years."},
			},
		},
		{
			name: "a live blog entry going on with the last: he is the speaker of the entry before",
			paras: []string{
				"## 10:05 - Kremlin on troops",
				`Dmitry Peskov has used his daily call with reporters to restate Moscow's position. "Troops from NATO countries are unacceptable to us," he said.`,
				"## 10:40 - Kremlin on sanctions",
				`More from that call. Asked about Kaja Kallas's comments, he said that Europe "cannot sell peace and keep the receipt".`,
			},
			want: []q{
				{"Dmitry Peskov", "Kremlin spokesman", "Troops from NATO countries are unacceptable to us,"},
				{"Dmitry Peskov", "Kremlin spokesman", "cannot sell peace and keep the receipt"},
			},
		},
		{
			name: "a live blog entry bringing someone in by title: he is not the entry before's",
			paras: []string{
				`## 21:45 UN coordinator: corridor "will not be abandoned"`,
				`The UN's corridor coordinator has just posted this:`,
				`Thinking tonight of the crew of Amber Crest and their families. This corridor has fed millions and it will not be abandoned. - Ingrid Halvorsen (@IHalvorsenUN) 14 May 2074`,
				`## 20:30 Insurers: "crew come first"`,
				`Priya Natarajan, a spokeswoman for the Black Sea War Risks Pool, said the pool's chairman, Julian Ashcombe, had been briefed throughout the day. "The chairman is following this hour by hour, and he has asked me to say that the crew come first and the paperwork comes second," she said.`,
				"## 18:40 The skipper speaks",
				`We have just heard from the skipper, in a satellite call relayed by the owners. "The coastguard told me, 'Stay where you are, Amber Crest, do not try to turn for port, the tug is coming to you,' and that is exactly what we did," he said. "My people were calm. I am proud of every one of them."`,
			},
			want: []q{
				{"Ingrid Halvorsen", "", "Thinking tonight of the crew of Amber Crest and their families. This corridor has fed millions and it will not be abandoned."},
				{"Priya Natarajan", "spokeswoman for the Black Sea War Risks Pool", "The chairman is following this hour by hour, and he has asked me to say that the crew come first and the paperwork comes second,"},
				{"", "", "The coastguard told me, 'Stay where you are, Amber Crest, do not try to turn for port, the tug is coming to you,' and that is exactly what we did,"},
				{"", "", "My people were calm. I am proud of every one of them."},
			},
		},
		{
			name:  "after a quotation its sentence attributes, a new sentence is someone else's news, not its attribution",
			paras: []string{`An American official told me the US is offering imagery to the monitors "on a daily basis, not a weekly one." Turkey's foreign minister, Hakan Fidan, says he wants a signed text by 15 April.`},
			want:  []q{{"", "American official", "on a daily basis, not a weekly one."}},
		},
		{
			name:  "a place after a preposition before a speech verb is no one: a sergeant near Orikhiv told",
			paras: []string{`A Ukrainian sergeant near Orikhiv told a radio interviewer: "Moving back is not the problem. Moving back alone is."`},
			want:  []q{{"", "", "Moving back is not the problem. Moving back alone is."}},
		},
		{
			name: "a pull quote's speaker after a dash; a given name with an age, a mother by whose son",
			paras: []string{
				`> "Four million tonnes a month is realistic by summer." — Deputy Economy Minister Oleh Marchenko, on exports`,
				`Iryna, 41, whose son was taken in 2022, waited at the checkpoint. "I counted the days for the first year," she said.`,
				`"Nobody signs this long sentence at all, really" - said nobody in particular here.`,
			},
			want: []q{
				{"Oleh Marchenko", "Deputy Economy Minister", "Four million tonnes a month is realistic by summer."},
				{"Iryna", "mother", "I counted the days for the first year,"},
				{"", "", "Nobody signs this long sentence at all, really"},
			},
		},
		{
			name: "a title before a name whose role follows it; a retired general's aside; a tractor driver is no actor",
			paras: []string{
				`Professor Elena Marchetti of the Geneva Centre for Ceasefire Studies is sceptical about that timetable: "Every ceasefire I have studied slipped its first deadline."`,
				`"A force that arrives after the deal is a monument," General (ret.) Piotr Zawadzki, a former commander, told me in Warsaw.`,
				`Mykola, 52, a tractor driver from a village near Kupiansk, drove 1,100 kilometres. "She is thin," he said.`,
			},
			want: []q{
				{"Elena Marchetti", "Geneva Centre for Ceasefire Studies", "Every ceasefire I have studied slipped its first deadline."},
				{"Piotr Zawadzki", "former commander", "A force that arrives after the deal is a monument,"},
				{"Mykola", "tractor driver from a village near Kupiansk", "She is thin,"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := analyse(paras(tt.paras...))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Speaker != w.speaker || g.Role != w.role || g.Text != w.text {
					t.Errorf("quote %d = {%q %q %q}, want {%q %q %q}", i, g.Speaker, g.Role, g.Text, w.speaker, w.role, w.text)
				}
			}
		})
	}
}

func TestNameKeyJoinsTransliterations(t *testing.T) {
	for _, s := range []string{"Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyi", "zelenskij"} {
		if got := Key(s); got != "zelensky" {
			t.Errorf("Key(%q) = %q, want zelensky", s, got)
		}
	}
	if Key("Major") == Key("Mayor") {
		t.Error("different surnames share a key")
	}
}

func TestQuoteByRoleReference(t *testing.T) {
	got, _ := analyse(paras(
		`Kremlin spokesman Dmitry Peskov spoke to reporters on Thursday about the proposal.`,
		`"We have not seen any texts yet, and we will not comment on leaks," the spokesman said.`,
		`"A deal is closer than it has been for a long time," a senior diplomat said.`,
	))
	if len(got) != 2 {
		t.Fatalf("got %d quotes: %+v", len(got), got)
	}
	if got[0].Speaker != "Dmitry Peskov" {
		t.Errorf("'the spokesman' = %q, want Dmitry Peskov", got[0].Speaker)
	}
	if got[1].Speaker != "" || got[1].Role != "senior diplomat" {
		t.Errorf("'a senior diplomat' = %q (%q), want no name, role senior diplomat", got[1].Speaker, got[1].Role)
	}
}

// A title for a body ("Commissioner for Enlargement", "Deputy Minister
// for Foreign Affairs") before a name is the person's role, and the
// body's capitalised words do not run into the name, known given name or
// not: "the Commissioner said" is the commissioner the paragraph named.
func TestTitleForABodyBeforeAName(t *testing.T) {
	got, d := analyse(paras(
		`Commissioner for Enlargement Marta Kos said the funds would go to deminers. "Every hectare we clear is a hectare a farmer can sow," the Commissioner said.`,
		`Commissioner for Defence and Space Andrius Kubilius said the money would come in two tranches. "A reassurance force that cannot be supplied does not reassure anyone," Kubilius said.`,
		`Deputy Minister for Foreign Affairs Eleni Karamanli said the decisions were taken "in full unity, by all member states".`,
	))
	roles := checkRoles(t, d, map[string]string{
		"Marta Kos":        "Commissioner for Enlargement",
		"Andrius Kubilius": "Commissioner for Defence and Space",
		"Eleni Karamanli":  "Deputy Minister for Foreign Affairs",
	})
	if _, ok := roles["Kubilius"]; ok {
		t.Errorf("the surname alone is a person of its own: %v", roles)
	}
	checkQuoteSpeakers(t, got, "Marta Kos", "Andrius Kubilius", "Eleni Karamanli")
}

// checkRoles checks the role of each person named in want, and returns
// every person d found with their role.
func checkRoles(t *testing.T, d *Document, want map[string]string) map[string]string {
	t.Helper()
	roles := map[string]string{}
	for _, p := range d.People(nil) {
		roles[p.Name] = p.Role
	}
	for name, role := range want {
		if got, ok := roles[name]; !ok || got != role {
			t.Errorf("%s: role %q (found %v), want %q; people %v", name, got, ok, role, roles)
		}
	}
	return roles
}

// checkQuoteSpeakers checks the speaker of each quote, in order.
func checkQuoteSpeakers(t *testing.T, got []Quote, want ...string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d quotes, want %d: %+v", len(got), len(want), got)
	}
	for i, q := range got {
		if q.Speaker != want[i] {
			t.Errorf("quote %q by %q, want %q", q.Text, q.Speaker, want[i])
		}
	}
}

// A verb giving its subject a title over its object (predicate_roles.tsv)
// makes the role: "directs the X" the director of the X, and of the body
// named after it ("the hamburg analyst" finds her by it).
func TestRoleFromAVerbOfOffice(t *testing.T) {
	_, d := analyse(paras(
		`Dr. Katrin Vogel directs the Eastern Europe programme at the Hamburg Institute for Security and Strategy.`,
		`Oksana Hrytsenko coordinates the return programme for children, the ministry said.`,
		`Henrik Aaland is to head the observer mission from January.`,
		// A preposition the verb takes before its object (its third
		// column) says how the title holds it; one it does not take
		// gives no title.
		`Now, on the line from Zelitsa is Ana Korda, who teaches at the village primary school. Good morning.`,
		`Marko Vidic, who heads for the border every Friday, said the queue was shorter.`,
		// Its object may be whose by a pronoun.
		`Dravenian Deputy Defence Minister Oskar Brannt, who leads his country's delegation, said the zone must be symmetrical.`,
	))
	checkRoles(t, d, map[string]string{
		"Katrin Vogel":     "director of the Eastern Europe programme at the Hamburg Institute for Security and Strategy",
		"Oksana Hrytsenko": "coordinator of the return programme",
		"Henrik Aaland":    "head of the observer mission",
		"Ana Korda":        "teacher at the village primary school",
	})
	for _, p := range d.People(nil) {
		if p.Name == "Marko Vidic" && len(p.Roles) > 0 {
			t.Errorf("Marko Vidic roles %q: heading for the border is no office", p.Roles)
		}
		if p.Name == "Oskar Brannt" && !slices.Contains(p.Roles, "leader of his country's delegation") {
			t.Errorf("Oskar Brannt roles %q, want the leader of his country's delegation", p.Roles)
		}
	}
}

// "Runs" makes a head only of a body the object names ("runs the UPU's
// humanitarian postal operations") or a place someone runs ("runs the
// bakery on the square"), not "runs the machinery and the accounts". A title of several words and a field ("the parliamentary
// commissioner for human rights") set before the name with a comma is
// the name's.
func TestRoleFromRunningABody(t *testing.T) {
	_, d := analyse(paras(
		`Dr Ines Barreto, the Portuguese official who runs the UPU's humanitarian postal operations, said the first exchange went well.`,
		`Andrii Shevchuk runs the machinery and the accounts. He is the least impressed.`,
		`Ukraine's ombudsman's office, headed by the parliamentary commissioner for human rights, Lesia Bondar, told us it had received 1,140 complaints.`,
		`Seraina Caflisch, 47, who runs the bakery on the square, said she had sold more bread in a week than all winter.`,
	))
	for _, p := range d.People(nil) {
		switch p.Name {
		case "Ines Barreto":
			if !slices.Contains(p.Roles, "head of the UPU's humanitarian postal operations") {
				t.Errorf("Ines Barreto roles %q, want the head of the UPU's operations", p.Roles)
			}
		case "Andrii Shevchuk":
			if len(p.Roles) > 0 {
				t.Errorf("Andrii Shevchuk roles %q, want none", p.Roles)
			}
		case "Lesia Bondar":
			if !slices.Contains(p.Roles, "parliamentary commissioner for human rights") {
				t.Errorf("Lesia Bondar roles %q, want the commissioner's title", p.Roles)
			}
		case "Seraina Caflisch":
			// A place someone runs, though it names no body (words.tsv
			// runplace).
			if !slices.ContainsFunc(p.Roles, func(r string) bool { return strings.HasPrefix(r, "head of the bakery") }) {
				t.Errorf("Seraina Caflisch roles %q, want the head of the bakery", p.Roles)
			}
		}
	}
}

// Meetings coverage names speakers with an honorific and their country
// in brackets: each is a person (whatever their given name), their
// country's representative, and the one "she" or "he" stands for; never
// the woman of the paragraph before, when the lexicon does not know the
// given name.
func TestMeetingsCoverageSpeakers(t *testing.T) {
	got, d := analyse(paras(
		`Mike Waltz (United States) said his country had "pushed hard for this mission from the first day in Ankara". He announced a contribution.`,
		`Ms. Harriet Cole (United Kingdom) said the resolution sent "a clear signal that the world will watch every kilometre of this line". Her country and France would lead the force, she said.`,
		`Ms. Ilze Ozola (Latvia) said the Baltic States knew from experience how a ceasefire could be used to rearm. "Quiet is not the same as peace," she said.`,
	))
	checkRoles(t, d, map[string]string{
		"Mike Waltz":   "US representative",
		"Harriet Cole": "British representative",
		"Ilze Ozola":   "Latvian representative",
	})
	checkQuoteSpeakers(t, got, "Mike Waltz", "Harriet Cole", "Ilze Ozola")
}

// A transcript's label may be a title ("SECRETARY GENERAL:", "THE
// PRESIDENT:"): it stands for the one person of the article holding it
// (a deputy to it holds another), and for no one when two do.
func TestTitleLabel(t *testing.T) {
	got, _ := analyse(paras(
		`Press conference by NATO Secretary General Mark Rutte following the meeting of the NATO-Ukraine Council`,
		`MODERATOR: Good afternoon. The Secretary General will begin with a short statement.`,
		`SECRETARY GENERAL: Thank you. Ukraine needs air defence now, not after a ceasefire.`,
		`QUESTION (AFP): Will the alliance send troops?`,
		`SECRETARY GENERAL: That is for the nations to decide, and I would be careful about timelines.`,
	))
	if len(got) < 2 {
		t.Fatalf("%d quotes: %+v", len(got), got)
	}
	for _, q := range got {
		if strings.HasPrefix(q.Text, "Thank you") || strings.HasPrefix(q.Text, "That is for the nations") {
			if q.Speaker != "Mark Rutte" {
				t.Errorf("%q by %q, want Mark Rutte", q.Text, q.Speaker)
			}
		}
		if strings.HasPrefix(q.Text, "Good afternoon") && q.Speaker != "" {
			t.Errorf("the moderator's words given to %q", q.Speaker)
		}
	}
	// A deputy is second to the title, not its holder: "MINISTER:"
	// thanking "Deputy Minister Levchuk" is the one minister.
	deputy, _ := analyse(paras(
		`MINISTER: Austria will keep the hotline in Geneva running day and night.`,
		`Reporter: Minister Sterzinger, is the list settled?`,
		`MINISTER: It is not settled, and I will not pretend it is.`,
		`MINISTER: One last word. My thanks to Deputy Minister Levchuk and to Ambassador Zarubin.`,
	))
	if len(deputy) != 3 {
		t.Fatalf("%d quotes, want the minister's three: %+v", len(deputy), deputy)
	}
	for _, q := range deputy {
		if q.Speaker != "Sterzinger" {
			t.Errorf("%q by %q, want Sterzinger", q.Text, q.Speaker)
		}
	}
	two, _ := analyse(paras(
		`Remarks by President Volodymyr Zelensky and President Emmanuel Macron in Paris`,
		`THE PRESIDENT: We have agreed on the next steps for the reassurance force.`,
		`QUESTION: When will the first troops arrive?`,
		`THE PRESIDENT: Not before there is a ceasefire that holds.`,
	))
	for _, q := range two {
		if q.Speaker != "" {
			t.Errorf("with two presidents, %q given to %q", q.Text, q.Speaker)
		}
	}
}

// What a title is for ("the member for Calgary Ridge") is a place or a
// body, never a person, even with a role after it; a title read from
// "is director of …" keeps the body its object belongs to.
func TestTitleForAPlaceIsNoPerson(t *testing.T) {
	_, d := analyse(paras(
		`Ms Claire Beaumont: I thank the member for Calgary Ridge, the opposition critic for foreign affairs, for his question.`,
		`Dr Ingrid Solheim is director of the Eurasia programme at the Bergen Institute for Conflict Studies.`,
	))
	found := false
	for _, p := range d.People(nil) {
		if p.Name == "Calgary Ridge" {
			t.Errorf("Calgary Ridge, a constituency, read as a person: %+v", p)
		}
		if p.Name == "Ingrid Solheim" {
			found = slices.Contains(p.Roles, "director of the Eurasia programme at the Bergen Institute for Conflict Studies")
			if !found {
				t.Errorf("Ingrid Solheim's titles %q miss the body of her programme", p.Roles)
			}
		}
	}
	if !found {
		t.Errorf("no Ingrid Solheim among %+v", d.People(nil))
	}
}

// A record's label for members it does not name ("Some hon. members:",
// "An hon. member:") is a turn of its own: their words are never the
// speaker's before them, and a capitalised word before a month ("Last
// June, the minister …") is no person to give a quote to.
func TestUnnamedMembersInARecord(t *testing.T) {
	got, d := analyse(paras(
		`The Minister of Foreign Affairs (Ms Claire Beaumont): Mr. Speaker, I move that the bill be now read a second time.`,
		`This is not charity; it is insurance.`,
		`Some hon. members: Hear, hear!`,
		`Mr Gordon Whitaker (Calgary Ridge): Mr. Speaker, we doubt nothing. Last June, the minister stood here and told us, "not one dollar will leave Canada without a receipt."`,
		`An hon. member: Shame!`,
		`Ms Claire Beaumont: I stand by every word.`,
	))
	for _, q := range got {
		if strings.Contains(q.Text, "Hear, hear") && q.Speaker == "Claire Beaumont" || strings.Contains(q.Text, "Shame") && q.Speaker == "Gordon Whitaker" {
			t.Errorf("an unnamed member's words %q given to %s", q.Text, q.Speaker)
		}
		if q.Speaker == "Last June" {
			t.Errorf("%q given to %q", q.Text, q.Speaker)
		}
	}
	for _, p := range d.People(nil) {
		if p.Name == "Last June" {
			t.Errorf("Last June read as a person")
		}
	}
	var beaumont int
	for _, q := range got {
		if q.Speaker == "Claire Beaumont" {
			beaumont++
		}
	}
	if beaumont < 2 {
		t.Errorf("the minister's own turns: %d quotes, want 2 or more: %+v", beaumont, got)
	}
}

// The age an article gives someone ("Petro Lysenko, 61,") is theirs; two
// articles giving one name two ages leave it unknown, since which
// "61-year-old" is meant is then no longer known.
func TestAgeIsKeptAndTwoAgesAreNone(t *testing.T) {
	_, d1 := analyse(paras(`Petro Lysenko, 61, keeps his boat on two trestles. "You do not stare," Lysenko said.`))
	_, d2 := analyse(paras(`Halyna Moroz, 58, runs the bakery. "Bread first," Moroz said.`))
	_, d3 := analyse(paras(`Halyna Moroz, 59, a teacher, said the school would reopen.`))
	ages := func(ps []Person) map[string]int {
		out := map[string]int{}
		for _, p := range ps {
			out[p.Name] = p.Age
		}
		return out
	}
	if got := ages(d1.People(nil))["Petro Lysenko"]; got != 61 {
		t.Errorf("Petro Lysenko's age %d, want 61", got)
	}
	lx := Default()
	merged, _ := lx.Merge([]DocumentPeople{{People: d1.People(nil)}, {People: d2.People(nil)}, {People: d3.People(nil)}})
	got := ages(merged)
	if got["Petro Lysenko"] != 61 || got["Halyna Moroz"] != 0 {
		t.Errorf("merged ages %v, want Petro Lysenko 61 and Halyna Moroz 0 (given 58 and 59)", got)
	}
}

// "the mayor said" far into a live blog is the one person it has called
// mayor, however far back; with two mayors it is neither.
func TestTheOnlyHolderOfATitleFarBack(t *testing.T) {
	intro := `Valentyna Moroz, the mayor of Nikopol, says she heard the news on the radio.`
	filler := []string{
		`The convoy left at noon.`,
		`Monitors counted 57 vehicles.`,
		`The ministry published the lists.`,
		`Trains ran on time.`,
	}
	later := `We have just spoken again to the mayor. Water still comes by tanker, the mayor said. "A treaty is not a tap," she said.`
	got, _ := analyse(paras(append(append([]string{intro}, filler...), later)...))
	checkQuoteSpeakers(t, got, "Valentyna Moroz")

	other := `Ihor Terekhov, the mayor of Kharkiv, asked for generators.`
	got, _ = analyse(paras(append(append([]string{intro, other}, filler...), later)...))
	for _, q := range got {
		if q.Speaker != "" && strings.Contains(q.Text, "tap") {
			t.Errorf("with two mayors, %q given to %s", q.Text, q.Speaker)
		}
	}
}

// A place is no person: the second of two places after a preposition
// ("families in Sumy and Chernihiv told me"), nor what a naming verb gives
// words to ("called Varna "a neutral table"", the words its subject's).
func TestPlacesBesideSpeechVerbsAreNoOne(t *testing.T) {
	qs, d := analyse(paras(
		`Families in Sumy and Chernihiv told me they had not heard whether their sons are on any list at all.`,
		`Bulgarian Prime Minister Nikolai Stoev, who hosted the talks, called Varna "a neutral table in a NATO city" and said Bulgaria would keep two minesweepers on standby.`,
	))
	for _, p := range d.People(nil) {
		if p.Name == "Chernihiv" || p.Name == "Varna" || p.Name == "Sumy" {
			t.Errorf("%s, a place, read as a person: %+v", p.Name, p)
		}
	}
	if len(qs) != 1 || qs[0].Speaker != "Nikolai Stoev" {
		t.Errorf("quotes %+v, want Nikolai Stoev's \"a neutral table in a NATO city\"", qs)
	}
}

// A transcript's label in capitals names someone as names are written:
// "DMYTRO PASKO" is Dmytro Pasko, a particle lower case, and a
// parliament's "Serhiy HNATIUK" Serhiy Hnatiuk; an acronym stays.
func TestShoutedLabelNamesAreWrittenAsNames(t *testing.T) {
	qs, _ := analyse(paras(
		`ANCHOR: Is the insurance in place?`,
		`DMYTRO PASKO (Chairman, Grain Exporters' Union): Without cheap insurance the corridor is a line on a map.`,
		`URSULA VON DER LEYEN: We will pay for cranes.`,
		`Serhiy HNATIUK, Deputy Minister of Reintegration: Thank you, Madam Chair. The buses crossed at nine.`,
	))
	want := []string{"Dmytro Pasko", "Ursula von der Leyen", "Serhiy Hnatiuk"}
	var got []string
	for _, q := range qs {
		got = append(got, q.Speaker)
	}
	if !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
	lx := Default()
	for in, out := range map[string]string{"NATO": "NATO", "MARY O'BRIEN": "Mary O'Brien", "Dmytro Pasko": "Dmytro Pasko",
		"Serhiy HNATIUK": "Serhiy Hnatiuk", "Marine Insurance ASA": "Marine Insurance ASA", "Pavel Lebedev, TASS": "Pavel Lebedev, TASS"} {
		if got := lx.unshout(in); got != out {
			t.Errorf("unshout(%q) = %q, want %q", in, got, out)
		}
	}
}

// A title of a body set before a name with a comma is theirs ("The head
// of the IAEA, Hanne Lindqvist,"), and a body's name ending a longer
// capitalised one is not that body ("the Central Election Commission" is
// not the European Commission).
func TestTitleOfABodyBeforeAName(t *testing.T) {
	_, d := analyse(paras(
		`The head of the IAEA, Hanne Lindqvist, has welcomed the draft energy chapter.`,
		`The chair of the Central Election Commission, Mykola Zhuk, said a vote needed 120 days.`,
	))
	roles := map[string]Person{}
	for _, p := range d.People(nil) {
		roles[p.Name] = p
	}
	if p := roles["Hanne Lindqvist"]; !slices.Contains(p.Roles, "head of the IAEA") {
		t.Errorf("Hanne Lindqvist's titles %q, want head of the IAEA", p.Roles)
	}
	if p := roles["Mykola Zhuk"]; !slices.Contains(p.Roles, "chair of the Central Election Commission") || len(p.Organisations) != 0 {
		t.Errorf("Mykola Zhuk: titles %q, bodies %q; want chair of the Central Election Commission and no other body", p.Roles, p.Organisations)
	}
}

// A well-known figure keeps their usual title beside what the articles
// call them when it is another kind of title ("ombudsman" beside
// "Commissioner for Human Rights"), not when the articles give one of
// its kind.
func TestKnownTitleBesideTheArticles(t *testing.T) {
	lx := Default()
	_, d1 := analyse(paras(`The Commissioner for Human Rights, Dmytro Lubinets, said 3,400 names had been sent.`))
	_, d2 := analyse(paras(`Foreign Ministry spokeswoman Maria Zakharova said the talks were over.`))
	merged, _ := lx.Merge([]DocumentPeople{{People: d1.People(nil)}, {People: d2.People(nil)}})
	checkTitles(t, merged, map[string]titleWant{
		"Dmytro Lubinets": {has: "Ukrainian human rights ombudsman"},
		"Maria Zakharova": {has: "Foreign Ministry spokeswoman", only: true},
	})
}

// titleWant is a title someone must hold, and whether it is their only one.
type titleWant struct {
	has  string
	only bool
}

// checkTitles checks the titles of the people want names.
func checkTitles(t *testing.T, ps []Person, want map[string]titleWant) {
	t.Helper()
	for _, p := range ps {
		w, ok := want[p.Name]
		if !ok {
			continue
		}
		if !slices.Contains(p.Roles, w.has) || w.only && len(p.Roles) != 1 {
			t.Errorf("%s's titles %q, want %q (only: %v)", p.Name, p.Roles, w.has, w.only)
		}
	}
}

// A sentence's end is no part of a title ("And Turkey? President
// Erdogan's office"), and whom a speaker tells is no speaker ("told
// Izvestia that").
func TestTitleStopsAtASentenceAndListenersAreNoOne(t *testing.T) {
	_, d := analyse(paras(
		`QUESTION: And Turkey? President Erdogan's office says he's been invited.`,
		`A senior diplomat told Izvestia that the date was not agreed.`,
	))
	for _, p := range d.People(nil) {
		if p.Name == "Izvestia" {
			t.Errorf("Izvestia, told something, read as a person: %+v", p)
		}
		for _, r := range p.Roles {
			if strings.Contains(r, "?") {
				t.Errorf("%s's title %q runs across a question mark", p.Name, r)
			}
		}
	}
}

// A paragraph naming no one is about whom its first "he" or "she" stands
// for, read through the pronouns before it; an object pronoun ("did not
// follow him") says whom it is done to, not whom it is about.
func TestParagraphReferents(t *testing.T) {
	_, d := analyse(paras(
		`Larysa Vovk keeps a rusted shackle on her desk. "I put it on the table on the first day," she says.`,
		`Her counterpart, Russian Deputy Foreign Minister Viktor Sazonov, walked out for three hours on day four.`,
		`Kyiv's chief negotiator did not follow him. "I ordered lunch," she says.`,
		`Friends describe her as stubborn. She still lives near the Lukianivska metro station.`,
		`The talks resumed on Friday.`,
	))
	want := map[int]string{3: "Larysa Vovk", 4: "Larysa Vovk"}
	for n, who := range want {
		if d.Refers[n] != who {
			t.Errorf("paragraph %d is about %q, want %q (all %v)", n, d.Refers[n], who, d.Refers)
		}
	}
	if len(d.Refers) != len(want) {
		t.Errorf("referents %v, want only %v", d.Refers, want)
	}
}

// Hosting, mediating and negotiating something make its host, mediator
// and negotiator (predicate_roles.tsv): "the host of the talks".
func TestHostMediatorNegotiatorByVerb(t *testing.T) {
	_, d := analyse(paras(
		`Bulgarian Prime Minister Nikolai Stoev, who hosted the talks, called the city a neutral table.`,
		`Kerem Aydin, who mediated the prisoner exchange, said the lists were final.`,
	))
	want := map[string]string{"Nikolai Stoev": "host of the talks", "Kerem Aydin": "mediator of the prisoner exchange"}
	for _, p := range d.People(nil) {
		if w, ok := want[p.Name]; ok && !slices.Contains(p.Roles, w) {
			t.Errorf("%s's titles %q, want %q among them", p.Name, p.Roles, w)
		}
	}
}

// A title set before the one a name carries, a comma between, opening its
// sentence, is theirs too: "The mediator, OSCE special envoy Henrik
// Vaaler" is the mediator.
func TestTitleBeforeATitledName(t *testing.T) {
	_, d := analyse(paras(
		`The mediator, OSCE special envoy Henrik Vaaler, has given a short briefing to the press pool.`,
		`Talks resumed after lunch, Deputy Foreign Minister Viktor Sazonov said.`,
	))
	checkTitles(t, d.People(nil), map[string]titleWant{
		"Henrik Vaaler":  {has: "mediator"},
		"Viktor Sazonov": {has: "Deputy Foreign Minister", only: true},
	})
}

// In a committee's record a member who asks is still someone whose words
// members ask for: a label naming a person in full, or after an
// honorific, gives its turns to them, questions or not ("Ms Naomi Tesfaye
// (Winnipeg Riverside, NDP): … Who is looking after them?").
func TestCommitteeMembersWhoAsk(t *testing.T) {
	qs, _ := analyse(paras(
		`The Chair (Ms Patricia Lindqvist): I call this meeting to order.`,
		`Ms Colleen MacAulay (Bras d'Or Lakes, CPC): Three hundred and ten million dollars is a lot of money. What is Moscow paying?`,
		`Ms Naomi Tesfaye (Winnipeg Riverside, NDP): What about the Ukrainian workers? Who is looking after them?`,
	))
	var got []string
	for _, q := range qs {
		got = append(got, q.Speaker)
	}
	if want := []string{"Patricia Lindqvist", "Colleen MacAulay", "Naomi Tesfaye"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// quoteHolding is the quotation of qs whose text holds quote; the test
// stops when none does.
func quoteHolding(t *testing.T, qs []Quote, quote string) Quote {
	t.Helper()
	i := slices.IndexFunc(qs, func(q Quote) bool { return strings.Contains(q.Text, quote) })
	if i < 0 {
		t.Fatalf("no quotation %q in %v", quote, qs)
	}
	return qs[i]
}

// A body's initials owning a name ("UNEP's Ingrid Solheim") are among
// the titles of whom it names, as whom they are with; with nothing else,
// they are what is shown for them, and a title the text gives wins.
func TestAcronymOwnerIsAnAffiliation(t *testing.T) {
	_, d := analyse(paras(
		`Halina Zaremba and UNEP's Ingrid Solheim stood behind the negotiators.`,
		`UNEP's Ingrid Solheim left for Nairobi the same evening.`,
		`Ingrid Solheim, the Norwegian official who heads the agency's delegation, said the fund was growing.`,
		`The ICRC's Anna Weber visited the camp.`,
	))
	checkRoles(t, d, map[string]string{
		"Ingrid Solheim": "Norwegian official who heads the agency's delegation",
		"Anna Weber":     "ICRC",
	})
	for _, p := range d.People(nil) {
		if p.Name == "Ingrid Solheim" && !slices.Contains(p.Roles, "UNEP") {
			t.Errorf("Ingrid Solheim's titles %q, want UNEP among them", p.Roles)
		}
		if p.Name == "Halina Zaremba" && slices.Contains(p.Roles, "UNEP") {
			t.Errorf("Halina Zaremba's titles %q hold UNEP", p.Roles)
		}
	}
}

// An honorific before a name opening the clause ("Sheikh Khalid bin
// Saif Al-Harthy, the Omani special envoy, promised: "…"", a channel's
// "Sheikh Jassim Al-Marri on the fund: "…"") leaves the name its
// subject: the quotation is his.
func TestHonorificBeforeTheSubject(t *testing.T) {
	for _, text := range []string{
		`Sheikh Khalid bin Saif Al-Harthy, the Omani special envoy who chaired the talks, promised: "The line will be answered at any hour."`,
		`Sheikh Jassim Al-Marri on the fund: "It will not run dry before the last child is home."`,
	} {
		qs, _ := analyse(paras(text))
		if len(qs) != 1 || !strings.HasSuffix(qs[0].Speaker, "Al-Harthy") && !strings.HasSuffix(qs[0].Speaker, "Al-Marri") {
			t.Errorf("%q: quotes %+v, want the sheikh's", text, qs)
		}
	}
}

// A title whose body is written in lower case before it ("Russia's
// foreign ministry spokeswoman, Alla Ryzhova,") is the whole title, not
// "spokeswoman": "what did the russian foreign ministry say" can find
// her.
func TestLowerCaseBodyInATitle(t *testing.T) {
	_, d := analyse(paras(`Russia's foreign ministry spokeswoman, Alla Ryzhova, was less diplomatic.`, `The foreign ministry spokesman, Oleh Tkach, said the lists were ready.`))
	checkTitles(t, d.People(nil), map[string]titleWant{
		"Alla Ryzhova": {has: "Russia's foreign ministry spokeswoman", only: true},
		"Oleh Tkach":   {has: "foreign ministry spokesman", only: true},
	})
}

// An office the text names no holder of, whose body it gives before the
// title ("The refugee agency's representative", "The UN
// representative"), speaks the quotation a pronoun gives it: an unnamed
// source with that role, not no one.
func TestUnnamedOfficeOfABody(t *testing.T) {
	for text, role := range map[string]string{
		`The refugee agency's representative came out to the press pen for the first time today. "We have 1,870 names on the first convoy lists," she said.`: "refugee agency's representative",
		`The UN representative came out to the press pen for the first time today. "We have 1,870 names on the first convoy lists," she said.`:               "UN representative",
	} {
		qs, _ := analyse(paras(text))
		if len(qs) != 1 || qs[0].Speaker != "" || qs[0].Role != role {
			t.Errorf("%q: quotes %+v, want one of the %s, unnamed", text, qs, role)
		}
	}
}

// A title for a body whose name holds a title noun ("spokesman for
// Ukraine's State Border Guard Service") is one role, not a title before
// a name; and a rank ("Colonel", "Col.") given where someone speaks gives
// way to the job the article gives them, never to a relative's word.
func TestRankGivesWayToTheJob(t *testing.T) {
	_, d := analyse(paras(
		`Colonel Vasyl Hordiienko, spokesman for Ukraine's State Border Guard Service, told AFP that the handover took three hours.`,
		`Colonel Vasyl Hordiienko: "We counted them out and we counted them in."`,
		`Nadiia Savchuk, 52, a schoolteacher from Chernihiv, wrote to us. Her son, Sergeant Andrii Savchuk of the 118th Mechanised Brigade, has been missing since May.`,
		`My son Andrii was twenty-four when he stopped answering his phone.`,
	))
	merged, _ := Default().Merge([]DocumentPeople{{People: d.People(nil)}})
	got := map[string]string{}
	for _, p := range merged {
		got[p.Name] = p.Role
	}
	if got["Vasyl Hordiienko"] != "spokesman for Ukraine's State Border Guard Service" {
		t.Errorf("Hordiienko's role %q, want his job", got["Vasyl Hordiienko"])
	}
	if r := got["Andrii Savchuk"]; r == "son" {
		t.Errorf("Savchuk's role %q, want no relative's word", r)
	}
}

// Two paragraphs back, "she" is only someone the text gives that gender:
// a forum reply's "She told us" (after a question about "general
// imhof", in lower case) is not the deputy minister an older post named
// by surname alone.
func TestPronounFarBackNeedsItsGender(t *testing.T) {
	qs, _ := analyse(paras(
		`Later I watched Deputy Minister Zamyatin on TV calling that night "a rotation" that took "one phone call, eleven minutes".`,
		`dronenerd_77 · Wed 8 Jun 2061, 10:02`,
		`did u ever meet general imhof? is she actually called the metronome lol`,
		`granite_owl · Wed 8 Jun 2061, 10:30`,
		`Twice. She told us: "If you are not sure whether something was a violation, write down what you saw, not what you think."`,
	))
	for _, q := range qs {
		if strings.HasPrefix(q.Text, "If you are not sure") && q.Speaker != "" {
			t.Errorf("%q given to %q, want no one", q.Text, q.Speaker)
		}
	}
}

// An age between commas after a name leaves the role after it theirs
// ("Marja-Liisa Koskinen, 71, the OSCE's special envoy"), up to a clause
// about them ("…, a former Irish army officer who has patrolled …");
// "…, 64, whose husband …" gives no role.
func TestRoleAfterTheirAge(t *testing.T) {
	lx := Default()
	for after, want := range map[string]string{
		", 71, the OSCE's special envoy for the talks, who wrote on X":                 "OSCE's special envoy for the talks",
		", 39, a former Irish army officer who has patrolled Sector E since April.":    "former Irish army officer",
		", a former Irish army officer who has patrolled Sector E since April.":        "former Irish army officer",
		", 64, whose husband was killed in 2041, said the wait was over.":              "",
		", the JICA senior vice-president who has been the quiet engine of this plan.": "JICA senior vice-president",
	} {
		if got := lx.roleAfter(after); got != want {
			t.Errorf("roleAfter(%q) = %q, want %q", after, got, want)
		}
	}
}

// "Name, 71, the OSCE's special envoy, who wrote … that the text was
// "…"": the relative clause hangs off the name before the age and the
// apposition, whose words the quotation is.
func TestRelativeAfterAgeAndApposition(t *testing.T) {
	qs, _ := analyse(paras(`The talks were co-mediated by former Finnish President Marja-Liisa Koskinen, 71, the OSCE's special envoy for the talks, who wrote on X shortly after midnight that the Baku text was "a floor, not a ceiling."`))
	if len(qs) != 1 || qs[0].Speaker != "Marja-Liisa Koskinen" {
		t.Errorf("quotes %+v, want Koskinen's", qs)
	}
}

// An honorific makes a person of a surname alone ("Mr Sorokin, has
// Russia given up …?"), so the label that answers ("SOROKIN:") is
// theirs; "Mr President" is a title, no one named President.
func TestHonorificSurnameAlone(t *testing.T) {
	got, d := analyse(paras(
		`QUESTION (Kazinform): Deputy Minister Sarsenbayeva, who pays for the vouchers?`,
		`SARSENBAYEVA: The trust fund. Eleven donors have pledged money for it.`,
		`QUESTION (TASS): Mr Sorokin, has Russia given up on recognition of its passports?`,
		`SOROKIN: We did not give up anything. The people keep their passports.`,
		`QUESTION: Mr President, what happens now?`,
	))
	checkQuoteSpeakers(t, got, "Sarsenbayeva", "Sorokin")
	for _, p := range d.People(nil) {
		if p.Name == "President" {
			t.Errorf("a title read as a person: %+v", p)
		}
	}
}

// "its" before a title is the body named just before it: "The Kremlin,
// through its spokesman Gleb Anisimov" is the Kremlin spokesman, whom
// "what did the kremlin say" finds; so is "through spokesman …", but not
// "Gazprom and spokesman …", two of them.
func TestItsTitleIsTheBodys(t *testing.T) {
	_, d := analyse(paras(
		`The Kremlin, through its spokesman Gleb Anisimov, called the talks "a technical matter for specialists and nothing more".`,
		`The museum's director Larysa Tkachenko said the crates would be counted.`,
		`The Kremlin, through spokesman Gleb Arsenyev, said the agreement "concerns fish, not borders".`,
		`Gazprom and spokesman Ivan Petrov said nothing at all.`,
	))
	checkRoles(t, d, map[string]string{
		"Gleb Anisimov":    "Kremlin spokesman",
		"Larysa Tkachenko": "museum's director",
		"Gleb Arsenyev":    "Kremlin spokesman",
		"Ivan Petrov":      "spokesman",
	})
}

// A broadcast's label gives a reporter's outlet after their name
// ("REPORTER (Taras Melnyk, RFE/RL)"): an outlet, no constituency to be
// MP for; a role of several words there is still theirs.
func TestReporterOutletIsNoConstituency(t *testing.T) {
	_, d := analyse(paras(
		`MODERATOR (Ana Kapanadze, Georgian Foreign Ministry press office): Questions, please. The gentleman from RFE/RL.`,
		`REPORTER (Taras Melnyk, RFE/RL): Dr Haavik, how much of the mine clearance is done?`,
		`INGRID HAAVIK: Of the 74 kilometres of school routes, 51 have been cleared and checked.`,
		`REPORTER (Maja Horvat, Delo): And will any school open late this year?`,
	))
	checkRoles(t, d, map[string]string{
		"Ana Kapanadze": "Georgian Foreign Ministry press office",
		"Taras Melnyk":  "Reporter",
		"Maja Horvat":   "Reporter",
	})
}

// A school's head is titled so ("Principal Halyna Marchenko"), which
// tells her apart from another Marchenko; "the headteacher" is her.
func TestSchoolHeadTitles(t *testing.T) {
	got, d := analyse(paras(
		`Principal Halyna Marchenko said: "For four years I was the head of an empty building."`,
		`The route was cleared by a team led by Lieutenant Colonel Andriy Marchenko of the State Emergency Service.`,
		`"The children have forgotten what windows are for," the principal added.`,
	))
	checkQuoteSpeakers(t, got, "Halyna Marchenko", "Halyna Marchenko")
	checkRoles(t, d, map[string]string{"Halyna Marchenko": "Principal"})
}

// A title in running text, then a surname set apart by commas, is a
// person ("Met the Norwegian admiral, Vågen, in the bar"), whom a "he"
// after it is; a capitalised title in a label, then the body, is not
// ("Chief Executive, Ukrhydroenergo"). "Skipper" is a title.
func TestTitleThenSurnameInCommas(t *testing.T) {
	got, d := analyse(paras(
		`Met the Norwegian admiral, Vågen, in the guesthouse bar. When I told him, he laughed. He told me that no inspection would take longer than four hours, "not even for the Russians."`,
		`Oksana Hnatiuk, Chief Executive, Ukrhydroenergo, said nothing at all about the dam.`,
		`Skipper Yakiv Moroz, 63, at the wheel of the MFV Chaika: "We go out because the fish do not wait for diplomats."`,
	))
	checkQuoteSpeakers(t, got, "Vågen", "Yakiv Moroz")
	checkRoles(t, d, map[string]string{"Vågen": "Norwegian admiral", "Yakiv Moroz": "Skipper", "Oksana Hnatiuk": "Chief Executive, Ukrhydroenergo"})
	for _, p := range d.People(nil) {
		if p.Name == "Ukrhydroenergo" {
			t.Errorf("a body after a label's title read as a person: %+v", p)
		}
	}
}

// "First" is part of a title ("First Deputy Minister", "the first
// mate"): the role keeps it, and "The first mate, Serhiy Dovzhenko, …
// says:" brings in the quotation under it as his.
func TestFirstInATitle(t *testing.T) {
	got, d := analyse(paras(
		`In his witness statement (Exhibit C-3), the first mate, Serhiy Dovzhenko, who was released with ten other crew members on Saturday, says:`,
		`"They lined us up on the deck and asked each of us to show our hands."`,
		`First Deputy Minister of Culture Oksana Havrylyuk answers with a different argument.`,
	))
	checkQuoteSpeakers(t, got, "Serhiy Dovzhenko")
	checkRoles(t, d, map[string]string{"Serhiy Dovzhenko": "first mate", "Oksana Havrylyuk": "First Deputy Minister of Culture"})
}

// A time opening the sentence with no comma after it ("On 2 April 2069
// the skipper, Bohdan Lysenko, wrote …:") leaves the name after it the
// subject, whose words the quotation under it is; any other phrase
// ("With Peskov the skipper, …") does not.
func TestTimeOpenerBeforeSubject(t *testing.T) {
	got, _ := analyse(paras(
		`On 2 April 2069 the skipper, Bohdan Lysenko, wrote in a letter to the Claimant, carried out of Kerch by a representative of the Red Cross:`,
		`"We are fed, we are not beaten, but we are counted twice a day like fish in a hold."`,
		`With Peskov the mate, Serhiy Dovzhenko, wrote:`,
		`"They lined us up on the deck and asked each of us to show our hands."`,
	))
	checkQuoteSpeakers(t, got, "Bohdan Lysenko", "")
}

// "Who drove the bus", "who owns the ship", "who edited the report" say
// what someone is: the driver of the bus, the owner of the ship, the
// editor of the report. What a sentence says someone once did is not
// what it says they are: "drove a tractor … before he retrained as a
// deminer" makes a deminer.
func TestRoleFromDrivingOwningEditing(t *testing.T) {
	_, d := analyse(paras(
		`Goran Lisak, 54, who drove the bus, said it was his ninth run on the route.`,
		`Maria Vlahos, who owns the ship, said nothing.`,
		`Petro Koval, who edited the report, said it was late.`,
		`Ruslan Vakulenko, 27, drove a tractor on these same fields before he retrained as a deminer in 2072.`,
	))
	checkRoles(t, d, map[string]string{
		"Goran Lisak":      "driver of the bus",
		"Maria Vlahos":     "owner of the ship",
		"Petro Koval":      "editor of the report",
		"Ruslan Vakulenko": "deminer",
	})
}

// "Oren Kask of Korvane said": Korvane, a country the lexicon does not
// know and read as a name where it "called fuel a dual-use item", is
// where Kask is from; the words are his.
func TestNameOfAPlaceReadAsANameElsewhere(t *testing.T) {
	qs, _ := analyse(paras(
		`The more serious gap was diesel. Vessaria wanted one tanker, Korvane called fuel a dual-use item. Deputy Foreign Minister Oren Kask of Korvane said on 12 March that the pause "is not a ceasefire and must not become one".`,
	))
	if len(qs) != 1 || qs[0].Speaker != "Oren Kask" {
		t.Errorf("quotes %+v, want Oren Kask's \"is not a ceasefire\"", qs)
	}
}

// A few words quoted at the end of a clause a named person is reported
// to have said bare, however long its subject, or given by them to a
// thing with a naming verb, are theirs, in a clause joined by "and
// that" too; not when another name stands
// between ("said Lavrov had called it": Lavrov's), nor a term inside a
// noun phrase.
func TestShortQuotationsInReportedClauses(t *testing.T) {
	qs, _ := analyse(paras(
		`Yuri Ushakov spoke in Moscow. Sergei Lavrov was there.`,
		`Ushakov said the deployment of troops from European NATO countries in Ukraine was "categorically unacceptable" in any form.`,
		`Yuri Ushakov said troops were "never welcome".`,
		`Presidential aide Yuri Ushakov called the plan "dead wood".`,
		`Yuri Ushakov said Lavrov had called it "a farce".`,
		`Yuri Ushakov said the article calling the plan "a dead end" was wrong.`,
		`He told reporters that any deployment was "wholly unacceptable" and that Russia would "never agree" to it.`,
	))
	got := map[string]string{}
	for _, q := range qs {
		got[q.Text] = q.Speaker
	}
	for text, want := range map[string]string{"categorically unacceptable": "Yuri Ushakov", "never welcome": "Yuri Ushakov", "dead wood": "Yuri Ushakov", "a farce": "Sergei Lavrov", "a dead end": "", "never agree": "Yuri Ushakov"} {
		if got[text] != want {
			t.Errorf("%q credited to %q, want %q", text, got[text], want)
		}
	}
}

// A live blog's entry headed by a name ("Starmer: UK "ready to play its
// part"") has "the prime minister" of its text mean that person, when
// they hold the title and no one in the paragraphs before fits; a
// heading naming someone of another title gives the words to no one.
func TestTitleMeansTheOneTheEntryHeadingNames(t *testing.T) {
	qs, _ := analyse(paras(
		"European leaders including Britain's Keir Starmer and Poland's Donald Tusk met in Berlin.",
		"## Rutte: NATO will not be a party",
		`A NATO spokesperson said the prime minister had called the plan "a real step" on guarantees.`,
		"The leaders then went in to dinner at the chancellery, and the talks ran late.",
		"The statement was published shortly after 23:00.",
		"Ukraine's delegation stayed on for a second day of talks.",
		"## Starmer: UK \"ready to play its part\"",
		`A Downing Street spokesperson said the prime minister told fellow leaders that Britain stood ready to contribute and that the Berlin talks had "moved the dial" on guarantees.`,
	))
	got := map[string]string{}
	for _, q := range qs {
		got[q.Text] = q.Speaker
	}
	if got["moved the dial"] != "Keir Starmer" {
		t.Errorf("\"moved the dial\" credited to %q, want Keir Starmer", got["moved the dial"])
	}
	if s := got["a real step"]; s != "" {
		t.Errorf("\"a real step\" credited to %q: the entry's heading names NATO's Rutte, no prime minister", s)
	}
}
