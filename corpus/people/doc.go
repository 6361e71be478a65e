// Package people is the people model of talksbot: who the articles name,
// what they said, and who a question means. It is plain Go with its
// knowledge kept as data.
//
// The lexicon (lexicon.go, data/) is everything the model knows of the
// world, in embedded files and nowhere else: given names with their
// gender (given_names.tsv), title words with their gender and class
// (titles.tsv: "spokeswoman" is female, "analyst" stands for "expert"),
// nationalities with their countries and the forms that stand for them
// (nationalities.tsv: Ukraine's, Kyiv), regions and their countries
// (regions.tsv: "the gulf mediator"), organisations with their
// abbreviations (organisations.yaml: SWP, GMF, DGAP), speech verbs with
// their kind and flags (speech_verbs.tsv: said, wrote, according to),
// classes of words (words.tsv: not-names, stops, particles, prepositions)
// and known public figures with their spellings, gender, usual title and
// organisation (people.yaml). Default reads them; Lexicon.Extend adds a
// corpus folder's own people.yaml in the same form, so a new person,
// title or speech verb is one line of data.
//
// Names meet through Fold (case and accents), StripPossessive and Key
// (transliterations: Zelensky, Zelenskyy and Zelenskiy share one key).
//
// Reading a document (Lexicon.Analyse) is linear in its length: every
// paragraph is scanned once for quotation marks, speech verbs, sentence
// starts and capitalised runs (verbs.go), the runs are read as names
// with the titles around them (cast.go, roles.go), and every later
// question — who is the subject before this verb, who did the text last
// introduce — is a binary search over those sorted lists with a bounded
// window of words (attribute.go). A name is a capitalised run with a
// given name, a title before it, or a title in apposition after it
// ("Kadri Tamm, Estonia's foreign minister,"; "Mykola, a fisherman who
// …"); a title above the paragraphs (Options.Heading) names people for
// them. A quotation is given to the speaker of its own sentence ("…,"
// said X; X told DW: "…"; according to X, or to him), to the person a
// pronoun or a role noun ("he said", "the spokesman said") stands for,
// or to the paragraph's current speaker; one running over paragraphs to
// whoever is named where it ends. A subject that is a group, a body or a
// role nobody in reach holds blocks it, and it stays unattributed rather
// than guessed; an unnamed source ("a senior EU official said", and
// "the official said" after it) keeps the role the article gives it. A
// sentence may give a title by what someone does ("Ukraine's delegation
// was led by …", passive.go): a deed, matched when asked for, never
// shown as their title. A paragraph that is a quotation alone goes on
// with the one the paragraph before quoted last. Interviews, hearings and
// broadcasts give their speakers by labels (interview.go: "Claudia
// Major:", "Q1 The Chair:", "SOT (NAME, TITLE):", initials after an
// introduction), a forum thread by the handle over each post (posts.go);
// reported speech ("Merz said that …") is kept
// apart from quotations with the clause as written (reported.go). Merge
// joins the documents' people into the corpus's.
//
// Matcher (matcher.go) answers who a question means, with the same
// lexicon and keys: a name, a spelling variant, a typo (never a title
// word: "mayor" is not Major), a title and a surname, a role, a role by
// organisation, a title of the same class (ceo, chief executive).
package people
