"""Word lists of :mod:`analysis.names`: titles and role words, head words of
organisation, place and other names, connectors inside names, capitalised words
that are no names, and speech verbs. Case-sensitive, as written in running text."""

from __future__ import annotations

import re

#: A party and state after a US politician's name, AP style: "D-N.Y.", "R-Alaska"
#: (``fullmatch`` a tag; ``match`` a name that starts with one).
PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?")

# Title words that make the next name a person; honorifics give no role.
HONORIFICS = frozenset("Mr Mrs Ms Mx Miss Sir Dame Lord Lady Dr Prof".split())
TITLES = HONORIFICS | frozenset(
    """President Vice-President Premier Chancellor Minister Secretary Secretary-General
    Chairman Chairwoman Chair King Queen Prince Princess Pope Ambassador Governor Senator
    Sen Rep Gov Mayor Spokesman Spokeswoman Spokesperson Director Director-General
    Commissioner General Admiral Colonel Col Gen Justice Judge Sheikh Emir Sultan CEO
    Leader Speaker Representative Envoy Councilor Councillor Professor Captain Capt
    Lieutenant Sergeant Officer Detective Chief Councillor Coach Archbishop Bishop Rev
    Father Sister Deputy Vice Premier Congressman Congresswoman Commander Democrat
    Republican Lt Maj Sgt Adm Cmdr Whip Councilwoman Councilman Councilmember
    Councilmembers Alderman Alderwoman Assemblyman Assemblywoman Assemblymember
    Administrator Supervisor Attorney Superintendent""".split()
)
# Words that may stand in a role before a title ("Prime Minister", "Foreign Minister").
ROLE_WORDS = TITLES | frozenset(
    """Prime Foreign Defense Defence Finance Interior Trade Commerce State Former Acting
    Executive First Supreme Attorney Health Education Economy Energy Agriculture Culture
    Labor Labour Transport Environment Home Security Senior Assistant Special Permanent
    Cabinet Party Communist Federal National Central Military Police Fire Retired
    Minority Majority Crown Managing Presidential Vice-Presidential Gubernatorial
    Congressional Staff District Financial Operating Technology Marketing Investment
    Information Medical Legal Commercial Compliance Product Creative""".split()
)
# Organisation words that may stand in a role before a title ("Supreme Court Justice",
# "Senate Minority Leader"), when a title follows them in the role.
ROLE_HEADS = frozenset("House Senate Court Committee Council Department White".split())
ORG_HEADS = frozenset(
    """Union Nations Organization Organisation Bank Ministry Department Agency Council
    Committee Commission Party Association Institute University College School Company
    Corporation Corp Inc Ltd LLC Group Fund Foundation Court Parliament Congress Senate
    Assembly Office Bureau Army Navy Force Forces Police Railway Railways Express Airlines
    Airways News Times Post Center Centre Club Federation Authority Service Society
    Alliance League Network Media Press Daily Television Radio Exchange Board Secretariat
    Administration Government Cabinet Academy Hospital Museum Holdings Industries
    Technologies Motors Guard Command Reserve Court Tribunal Team Studio Studios Labs
    Institution Corporation Xinhua Times Agency Community Coalition Movement Front Journal
    Tribune Herald Gazette Magazine Review Chronicle Telegraph Observer Monitor Bloc
    Dispatch Inquirer PLC Plc plc Laboratory Laboratories Lab Subcommittee Caucus Centers
    Centres Securities""".split()
)
#: Organisation head words that open a name with "of" or "for" ("Bank of China",
#: "University of Iowa", "Ministry of Defence"), even opening a sentence; not the
#: heads that open a common phrase too ("News of the deal", "Times of crisis").
OF_HEADS = frozenset(
    """Bank Ministry Department University College Institute Academy Court Office Bureau
    Board Council Commission Committee Association Federation Society Organization
    Organisation Union Museum Administration Agency Authority League Secretariat
    Foundation Corporation""".split()
)
#: Organisation head words that stand alone as a name in news ("the Senate said",
#: "Congress passed"); any other head alone is a common noun ("Office hours").
STANDALONE_ORGS = frozenset(
    """Senate Congress Parliament Pentagon Kremlin Navy Army Cabinet Treasury Politburo
    Knesset Duma Bundestag Bundeswehr Vatican""".split()
)
#: Known firms (data/organizations_en.tsv) whose name is also a common English word
#: ("Apple growers", "Vanguard units", "Fidelity to the party", "Intel from the CIA"):
#: opening a sentence, such a name needs a firm's context ("Apple said", "Apple on
#: Tuesday", "Intel shares") or the name written inside a sentence.
WORD_FIRMS = frozenset(
    """Apple Amazon Vanguard Fidelity Intel Meta Alphabet Uber Chevron Twitter
    Arsenal""".split()
)
#: Verbs of speech and report after a name opening a sentence ("Pinterest reported").
REPORT_CUES = frozenset(
    """said says reported reports announced announces warned warns unveiled unveils
    launched launches posted posts told tells added confirmed confirms denied denies
    plans planned shares stock stocks""".split()
)
#: Words after such a name opening a sentence that make it the firm ("Apple said",
#: "Intel shares fell", "Amazon will hire"); "on" counts before a capital ("Apple on
#: Tuesday").
FIRM_CUES = REPORT_CUES | frozenset("has have had will would is was".split())
PLACE_HEADS = frozenset(
    """City Province County River Sea Ocean Lake Island Islands Mountain Mountains Street
    Square Avenue Valley Bay Gulf Strait Peninsula District Region Airport Port Harbor
    Harbour Canal Desert Coast Plateau Basin Prefecture Oblast Village Town""".split()
)
OTHER_HEADS = frozenset(
    """Initiative Agenda Plan Program Programme Strategy Treaty Agreement Accord Act
    Summit Forum Games Olympics Olympic Cup Festival War Declaration Convention Protocol
    Charter Project Expo Conference Award Prize Prizes Day Week Doctrine Policy Law Bill
    Road Belt Corridor Partnership Dialogue Fair Week Index""".split()
)
HEADS = ORG_HEADS | PLACE_HEADS | OTHER_HEADS
#: Lower-case particles inside a person's name ("Osama bin Laden", "Charles de Gaulle",
#: "Ursula von der Leyen"); also what a byline may hold (:mod:`analysis.layout`).
PARTICLES = frozenset("de du da di van von del der la le bin ibn al el dos das".split())
#: Words before a capitalised name that make it a place: "in Cincinnati and Columbus"
#: (two places, not one name: :mod:`analysis.names`), "in Tulsa, Oklahoma," (a region
#: set off after the place, no appositive: :mod:`analysis.clauses`).
PLACE_PREPOSITIONS = frozenset("in at from to between across near outside inside of".split())
CONNECTORS = frozenset("of for on and the &".split()) | PARTICLES
#: Abbreviations a period may follow inside a name ("St. Petersburg", "Mt. Everest").
ABBREVIATIONS = frozenset("St Mt Ft".split())
NOT_NAMES = frozenset(
    """I Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
    April May June July August September October November December Mon Tue Wed Thu Fri
    Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec OK AM PM Photo Photos Jr Sr
    Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays""".split()
)
#: Words before a storm's given name ("Hurricane Delia", "Tropical Storm Alberto"):
#: the name is no person's, and the word opens it even opening a sentence.
STORMS = frozenset("Hurricane Typhoon Cyclone Storm Tropical Superstorm".split())
#: First words of the names of days before a weekday ("Super Tuesday", "Black
#: Friday", "Cyber Monday", "Good Friday"): a weekday is never in a name, so these
#: are left alone, and are no actors.
DAY_MODIFIERS = frozenset(
    """Super Black Cyber Good Ash Giving Easter Palm Holy Maundy Fat Shrove Bloody Small
    Mega Travel""".split()
)
SPEECH_VERBS = frozenset(
    """said says told added noted stressed urged asked argued stated explained warned
    insisted replied wrote announced claimed suggested""".split()
)
#: Lower-case role nouns whose appositive makes the name before it a person's ("Kim
#: Jong Un, general secretary of ...", "Ana Ruiz, a senior diplomat,").
APPOSITIVE_ROLES = frozenset(
    """president minister secretary director spokesman spokeswoman spokesperson chairman
    chairwoman leader governor mayor senator ambassador envoy commander chief founder
    premier chancellor diplomat official lawmaker""".split()
)
