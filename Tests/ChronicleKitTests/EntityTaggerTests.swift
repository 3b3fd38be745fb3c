import ChronicleKit
import Testing

@Suite("Entities")
struct EntityTaggerTests {
  private func check(_ example: AnnotatedText, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let document = try EntityFixtures.process(example.text)
    #expect(AnnotatedText.spans(of: document) == example.spans, sourceLocation: sourceLocation)
  }

  @Test(
    "gazetteer names: places, organizations, people, with possessives and abbreviations",
    arguments: [
      "[[Kim Jong Un|PERSON]] met [[Donald Trump|PERSON]] in [[Hanoi|LOCATION]].",
      "[[North Korea|LOCATION]]’s nuclear site at [[Yongbyon|LOCATION]] was discussed.",
      "[[North Korea|LOCATION]]'s envoy went to the [[United Nations|ORGANIZATION]].",
      "The [[U.S.|LOCATION]] and the [[UN|ORGANIZATION]] agreed, the [[White House|ORGANIZATION]] said.",
      "He flew to [[Yŏngbyŏn|LOCATION]] and then [[Singapore|LOCATION]].",
      "It was reported by [[Reuters|ORGANIZATION]] and [[KCNA|ORGANIZATION]].",
      "The [[Democratic People's Republic of Korea|LOCATION]] denied it.",
      // Companies the listed-company sources miss; "Google" is no longer a name of Topeka.
      "[[Google|ORGANIZATION]], [[Huawei|ORGANIZATION]] and [[OpenAI|ORGANIZATION]] reported earnings.",
      // A newspaper named like a place is not that place.
      "His band played in [[St. Louis|LOCATION]] and [[New Hampshire|LOCATION]] in 1939.",
    ].map(AnnotatedText.init))
  func lists(_ example: AnnotatedText) throws {
    try check(example)
  }

  @Test(
    "rules for names no list has",
    arguments: [
      // A title before a name; the title is not part of it.
      "North Korean Foreign Minister [[Ri Yong Ho|PERSON]] spoke.",
      "[[White House|ORGANIZATION]] Press Secretary [[Sarah Sanders|PERSON]] told reporters.",
      "The talks with dictator [[Kim Jong Un|PERSON]] failed.",
      // A given name before a surname, also one the Census lacks; an honorific as a title.
      "The photo was taken by [[Vivian Salama|PERSON]] last year.",
      "The talks were led by [[Igor Zorbexov|PERSON]] on Monday.",
      "Later, Mullah [[Zorbexi|PERSON]] spoke.",
      // A title in lower case, then a name between commas.
      "The [[Kremlin|ORGANIZATION]] spokesman, [[Dmitry Zorbexov|PERSON]], told reporters.",
      "The company's chief executive, [[Tim Zorbex|PERSON]], said sales rose.",
      "As chairman, [[General Motors|ORGANIZATION]] was his focus.",
      "According to the minister, Foreign Affairs would handle it.",
      // A surname known by its ending, after a first name no list has; not after a place.
      "Later, [[Zorbo Vortelov|PERSON]] said [[Zarina Kovalenko|PERSON]] would go.",
      "The band features [[Tomo Zorbević|PERSON]] and [[Aneta Vortelowicz|PERSON]].",
      "The Russian Zorbekov plant closed; they flew from [[Rostov|LOCATION]].",
      // A family name written first.
      "Later, [[Moon Jae-in|PERSON]] arrived.",
      // Organization suffixes and heads.
      "Subscribe to [[Talk Media News|ORGANIZATION]] today.",
      "A statement from the [[Ministry of Foreign Affairs|ORGANIZATION]] followed.",
      "Rebels fought the [[Army of the Vardenne|ORGANIZATION]] for a year.",
      "The [[Zorbex League|ORGANIZATION]] for the [[Texas|LOCATION]] region met.",
      "Shares of [[Zorbex Industries|ORGANIZATION]] fell.",
      // A capitalised "The" inside a sentence belongs to the name; hyphenated words join it.
      "He wrote for [[The Zorbex Association|ORGANIZATION]] in 1990.",
      "He founded the [[World Anti-Zorbex League|ORGANIZATION]] in 1966.",
      // Places by their words, also when named after a person; a common surname stays a name.
      "The ship sank off [[Tarnley Island|LOCATION]].",
      "They skated at [[Clarence Vortel Rink|LOCATION]] on Sunday.",
      "[[Mary Hall|PERSON]] spoke first.",
      // A one-word place as a given name, before a common surname.
      "They played a song by [[Kanye West|PERSON]] at the end.",
      "They beat the [[Orlando Rays|ORGANIZATION]] on Sunday; [[Apple|ORGANIZATION]]'s [[Tim Cook|PERSON]] watched.",
      "The guitarist [[Dewa Budjana|PERSON]] played; the [[Boston Celtics|ORGANIZATION]] won.",
      "They hiked up [[Mount Vortel|LOCATION]] in the rain.",
      // "City, Country".
      "The meeting took place in [[Quevilly|LOCATION]], [[France|LOCATION]].",
      // An unknown acronym is an organization; a common one is not.
      "The firm [[ZQX|ORGANIZATION]] hired a new CEO.",
      // Initials before a surname, after a title or on their own; a generation keeps its period.
      "National security adviser [[H. R. McMaster|PERSON]] met reporters.",
      "The theory was set out by [[C. H. Douglas|PERSON]] in 1920.",
      "The books by [[J.K. Rowling|PERSON]] sold well.",
      "The report by [[Clay Tice Jr.|PERSON]] was read.",
      // Military units: an ordinal, capitalised words and a unit word; no ordinal, no unit.
      "Troops of the [[82nd Airborne Division|ORGANIZATION]] arrived on Monday.",
      "The [[U.S. Sixth Fleet|ORGANIZATION]] sailed at dawn.",
      "The [[65th Air Division|ORGANIZATION]] was activated in 1943.",
      "The [[U.S. 7th Fleet|ORGANIZATION]] and the [[3rd Infantry Division|ORGANIZATION]] moved.",
      "Officials in the West Wing said the [[101st Airborne|ORGANIZATION]] would stay.",
      // More organization words: record labels, heads such as "Association" and "Center".
      "The band signed with [[Zorbex Records|ORGANIZATION]] in 2002.",
      // A common word opens a sentence's organization when a listed one starts with it; not
      // any common word ("Several").
      "[[Apple Records|ORGANIZATION]] signed the band. Several Department officials resigned.",
      // Bands, orchestras and magazines: also after a person's name, which the word makes a group's.
      "They opened for the [[Dave Matthews Band|ORGANIZATION]] in 1998.",
      "The [[Zorbex Philharmonic Orchestra|ORGANIZATION]] played; [[Vortel Magazine|ORGANIZATION]] reviewed it.",
      "He joined the [[Zorbex Association of Canada|ORGANIZATION]] in 1887.",
      "The [[Center for Zorbex Studies|ORGANIZATION]] published it.",
      // A suffix of several words; alone it names nothing.
      "He entered the [[Zorbex Hall of Fame|ORGANIZATION]] in 1962. The Hall of Fame opened later.",
      // A head before a time is no name: the joiner stays out.
      "The [[Zorbex Committee|ORGANIZATION]] on Monday approved it.",
      // A title before a name ends an organization's name; one before "of" does not.
      "The [[Reserve Bank of Zorbexia|ORGANIZATION]] Governor [[Vortel Das|PERSON]] spoke.",
      "They prayed at the [[Church of Our Lady of Zorbex|ORGANIZATION]] on Sunday.",
      // Sports clubs: a prefix before a known place, without what follows "and".
      "He left [[FC Basel|ORGANIZATION]] for [[AC Milan|ORGANIZATION]] and [[Madrid|LOCATION]].",
      // "and" between two names ends a name; between places or common words it does not.
      "It was confirmed by [[Reuters|ORGANIZATION]] and [[Zorbex News|ORGANIZATION]] on Monday.",
      "Officials from [[Apple|ORGANIZATION]] and [[Zorbex Inc.|ORGANIZATION]] met.",
      "He wrote for [[The Zorbex Review|ORGANIZATION]] and [[The Vortel Journal|ORGANIZATION]].",
      "The [[Portland and Zorbex Railroad|LOCATION]] opened in 1871.",
      "[[Zorbex County|LOCATION]] and [[Vortel County|LOCATION]] merged in 1932.",
      "The [[Zorbex and Vortel Company|ORGANIZATION]] was founded in 1871.",
    ].map(AnnotatedText.init))
  func rules(_ example: AnnotatedText) throws {
    try check(example)
  }

  @Test(
    "ambiguity: common words, sentence starts, months, headlines",
    arguments: [
      "Nice work, said the coach.",
      "She moved to [[Nice|LOCATION]] last year.",
      "Reading is fun.",
      "Talks resume in March.",
      "He will arrive on May 28.",
      "Leave a Reply",
      "Your email address will not be published.",
      // Two capital letters are too often no name; a word joined by "&" is part of a longer one.
      "He won by KO in the first round.",
      // Adjectives of nationality are no places or people.
      "He spoke German fluently with the Canadian envoy.", "It is a major Brazilian maker of bicycles.",
      "He shaped the German Enlightenment.",
      "The B&ZQX line opened in 1883.",
      // Initials before a common word are no person.
      "Shares of U. S. Steel fell.", "The album P.O.P came out.",
      // A given name before common words that are no surnames is no person.
      "The band Joy Division played.", "Her song Miss Murder was a hit.",
      // A function word that the Census lists as a given name starts no name.
      "In [[Brazil|LOCATION]], the vote was close.",
      // A club prefix must be written in capitals or be no common word.
      "As [[Paris|LOCATION]] burned, he left.",
      // In an all-capitals headline a common word is the word, not the party or company that
      // its letters abbreviate; the best-known abbreviations are still taken.
      "SEE THE MAP AND THE PLAN NOW",
      "[[UN|ORGANIZATION]] AND [[WHO|ORGANIZATION]] WARN [[US|LOCATION]]",
      // An acronym that is no name is not the party some list abbreviates so.
      "The CPI rose 2 percent, and the GPS failed.",
    ].map(AnnotatedText.init))
  func ambiguity(_ example: AnnotatedText) throws {
    try check(example)
  }

  /// A document's mentions, grouped by their text.
  static func mentionsByText(_ document: Document) -> [String: [Mention]] {
    Dictionary(grouping: document.mentions, by: { document.text(in: $0.range) })
  }

  @Test("short forms link to the full name anywhere in the document")
  func variants() throws {
    let document = try EntityFixtures.process(
      "Trump sat down with Kim. Later, President Donald Trump met Kim Jong Un. Foreign Minister Ri Yong Ho spoke. Ri said so. Chairman Kim smiled.")
    let byText = Self.mentionsByText(document)
    let trump = byText["Donald Trump"]?.first?.entityID
    let kim = byText["Kim Jong Un"]?.first?.entityID
    let ri = byText["Ri Yong Ho"]?.first?.entityID
    #expect(trump != nil && kim != nil && ri != nil)
    #expect(byText["Trump"]?.allSatisfy { $0.entityID == trump && $0.method == .variant } == true)
    #expect(byText["Kim"]?.count == 2)
    #expect(byText["Kim"]?.allSatisfy { $0.entityID == kim } == true)
    #expect(byText["Ri"]?.first?.entityID == ri)
    let entity = document.entities.first { $0.id == kim }
    #expect(entity?.name == "Kim Jong Un")
    #expect(entity?.aliases == ["Kim", "Kim Jong Un"])
    #expect(entity?.mentionCount == 3)
  }

  @Test("a name written with doubled spaces or a tab has its spaces collapsed in its alias and name")
  func aliasSpacing() throws {
    let document = try EntityFixtures.process(
      "Officials said Foreign Minister Ri  Yong Ho spoke. Later, Ri Yong Ho left. Then Ri\t Yong Ho returned.")
    let ri = try #require(document.entities.first { $0.aliases.contains("Ri Yong Ho") })
    #expect(ri.aliases == ["Ri Yong Ho"])
    #expect(ri.mentionCount == 3)
    #expect(ri.name == "Ri Yong Ho")
  }

  @Test("two spellings of a name that make the same id are one entity, and its short form links to it")
  func sameIDOneEntity() throws {
    let document = try EntityFixtures.process(
      "The maintainer, Nelson H.F. Beebe, said the release was ready. Nelson H. F. Beebe wrote it in 1999. "
        + "Beebe left Utah on Tuesday.")
    let ids = document.entities.map(\.id)
    #expect(Set(ids).count == ids.count)
    let beebe = try #require(document.entities.first { $0.id == "name:person/nelson-h-f-beebe" })
    #expect(beebe.name == "Nelson H.F. Beebe")
    #expect(beebe.aliases == ["Nelson H.F. Beebe", "Nelson H. F. Beebe", "Beebe"])
    #expect(beebe.mentionCount == 3)
    let byText = Self.mentionsByText(document)
    #expect(byText["Nelson H.F. Beebe"]?.map(\.entityID) == [beebe.id])
    #expect(byText["Nelson H. F. Beebe"]?.map(\.entityID) == [beebe.id])
    // The short form fits one name: linked, with no diagnostic.
    #expect(byText["Beebe"]?.map(\.entityID) == [beebe.id])
    #expect(!document.diagnostics.contains { $0.code == "entities.ambiguous-short-form" })
  }

  @Test("a surname alone links to the full name given with initials")
  func variantsAfterInitials() throws {
    let document = try EntityFixtures.process(
      "National security adviser H. R. McMaster spoke. Later, McMaster left, and J.K. Rowling met Rowling's fans.")
    let byText = Self.mentionsByText(document)
    let mcMaster = try #require(byText["H. R. McMaster"]?.first?.entityID)
    #expect(byText["McMaster"]?.map(\.entityID) == [mcMaster])
    let rowling = try #require(byText["J.K. Rowling"]?.first?.entityID)
    #expect(byText["Rowling"]?.map(\.entityID) == [rowling])
  }

  @Test("an organization's short form is not taken from inside a longer name")
  func organizationShortForms() throws {
    let document = try EntityFixtures.process(
      "Officers of the Zorbex Force met. Zorbex said it would stay. The Zorbex Division moved.")
    let byText = Self.mentionsByText(document)
    let force = try #require(byText["Zorbex Force"]?.first?.entityID)
    #expect(byText["Zorbex"]?.map(\.entityID) == [force])
    #expect(byText["Zorbex"]?.count == 1)
  }

  @Test("a short form that fits two people stays unlinked, with a diagnostic")
  func ambiguousShortForm() throws {
    let document = try EntityFixtures.process(
      "Kim Jong Un and his sister Kim Yo Jong arrived. Kim waved.")
    let waved = document.mentions.last { document.text(in: $0.range) == "Kim" }
    #expect(waved?.type == .person)
    #expect(waved?.entityID == nil)
    let diagnostic = document.diagnostics.first { $0.code == "entities.ambiguous-short-form" }
    // The people it fits, in the order the text names them.
    #expect(diagnostic?.message == "'Kim' fits Kim Jong Un and Kim Yo Jong; left unlinked")
  }

  @Test("a name that listed entities share equally is linked only when the document tells which")
  func ambiguousListedName() throws {
    // "Civic Platform" is a party in Poland and in Serbia, at the same priority.
    let alone = try EntityFixtures.process("Civic Platform won the vote.")
    let mention = try #require(alone.mentions.first { alone.text(in: $0.range) == "Civic Platform" })
    #expect(mention.type == .organization)
    #expect(mention.entityID == "name:organization/civic-platform")
    let diagnostic = alone.diagnostics.first { $0.code == "entities.ambiguous-name" }
    #expect(
      diagnostic?.message
        == "'Civic Platform' names 2 listed entities (factbook:party/pl/civic-platform, "
        + "factbook:party/rs/civic-platform) and nothing else in the document tells which; left unlinked")
    #expect(diagnostic?.range == mention.range)
    // "Christian Democrats" is a party in Finland, Sweden and Venezuela: the Venezuelan party's
    // abbreviation, elsewhere in the document, tells which.
    let told = try EntityFixtures.process("COPEI leaders met in Caracas. The Christian Democrats won the vote.")
    let byText = Self.mentionsByText(told)
    #expect(byText["COPEI"]?.map(\.entityID) == ["factbook:party/ve/christian-democrats"])
    #expect(byText["Christian Democrats"]?.map(\.entityID) == ["factbook:party/ve/christian-democrats"])
    #expect(!told.diagnostics.contains { $0.code == "entities.ambiguous-name" })
    // An abbreviation that parties of three countries share, with and without the full name.
    let cdu = try EntityFixtures.process("The CDU took 38 percent of the vote.")
    #expect(Self.mentionsByText(cdu)["CDU"]?.map(\.entityID) == ["name:organization/cdu"])
    #expect(cdu.diagnostics.contains { $0.code == "entities.ambiguous-name" })
    let german = try EntityFixtures.process(
      "Chancellor Angela Merkel's Christian Democratic Union won in Hesse. The CDU took 38 percent of the vote.")
    #expect(Self.mentionsByText(german)["CDU"]?.map(\.entityID) == ["factbook:party/gm/christian-democratic-union"])
    // A name with one best entry is linked as before.
    let plain = try EntityFixtures.process("Angela Merkel visited Aberdeen.")
    #expect(Self.mentionsByText(plain)["Aberdeen"]?.map(\.entityID) == ["geonames:2657832"])
  }

  @Test("an acronym in brackets refers to the name before it, and so do its later uses")
  func acronyms() throws {
    let document = try EntityFixtures.process(
      "The Zentral Bureau of Quarrels (ZBQ) met. Later the ZBQ said no.")
    let full = document.mentions.first { document.text(in: $0.range) == "Zentral Bureau of Quarrels" }
    let acronyms = document.mentions.filter { document.text(in: $0.range) == "ZBQ" }
    #expect(full != nil)
    #expect(acronyms.count == 2)
    #expect(acronyms.allSatisfy { $0.entityID == full?.entityID && $0.type == .organization })
  }

  @Test("all-caps headlines match names in title case")
  func allCaps() throws {
    let document = try EntityFixtures.process("NORTH KOREA SLAMS WHITE HOUSE OVER TALKS")
    let spans = AnnotatedText.spans(of: document).map(\.text)
    #expect(spans.contains("NORTH KOREA"))
    #expect(spans.contains("WHITE HOUSE"))
  }

  @Test(
    "a dateline's place in capitals matches in title case",
    arguments: [
      "[[NEW DELHI|LOCATION]] ([[Reuters|ORGANIZATION]]) - [[India|LOCATION]]'s central bank held rates.",
      "[[KYIV|LOCATION]], [[Ukraine|LOCATION]] ([[AP|ORGANIZATION]]) — Troops moved.",
    ].map(AnnotatedText.init))
  func datelines(_ example: AnnotatedText) throws {
    try check(example)
    let document = try EntityFixtures.process(example.text)
    // The place links to the gazetteer's entity, not to a name made up by a rule.
    #expect(document.mentions.first?.method == .list)
  }

  @Test("text of any kind is tagged without a crash")
  func hostileText() throws {
    let longLine = String(repeating: "Kim Jong Un met Trump in Hanoi and ", count: 20_000)
    _ = try EntityFixtures.process(longLine)
    _ = try EntityFixtures.process(String(repeating: "Mr. ", count: 10_000))
    _ = try EntityFixtures.process(String(repeating: "Ab Cd ", count: 20_000))
    _ = try EntityFixtures.process("ALL CAPS TEXT WITH NO PUNCTUATION " + String(repeating: "WORD ", count: 1000))
    _ = try EntityFixtures.process("")
    // Initials, titles, connectors and dateline capitals as the last tokens of a text.
    for ending in ["in 2014 A.D.", "by J. K.", "J.K.", "Mr.", "President", "the Ministry of", "Reuters and", "NEW DELHI"] {
      _ = try EntityFixtures.process(ending)
      _ = try EntityFixtures.process("It happened " + ending)
    }
  }
}
