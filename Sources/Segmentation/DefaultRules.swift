import Foundation
import JejuSupport

extension SRXRules {
    /// The name Jeju's built-in rules report as their file.
    public static let defaultRulesFile = "jeju:default.srx"

    /// Jeju's built-in SRX 2.0 rules, applied after the project's own: what editors of public notices write that
    /// ICU's sentence rules with CLDR suppressions still get wrong. Cascading: a language's own rules first,
    /// then the rules for every language. (URLs and e-mail addresses are protected by the segmenter itself,
    /// which finds them in one linear pass; as look-behind rules they would cost a wide search at every boundary.)
    public static var jejuDefaults: SRXRules {
        get throws(Diagnostic) { try parsedDefaults.get() }
    }

    /// The built-in rules, read once per process; their patterns are compiled by the segmenter that uses them
    /// (and all of them by `SRXRulesTests`), not once more here.
    private static let parsedDefaults = Result { () throws(Diagnostic) in
        try parse(Data(defaultRulesXML.utf8), path: defaultRulesFile, checkingPatterns: false)
    }

    /// The text of Jeju's built-in rules (also written by `jeju segment --print-default-srx`).
    public static let defaultRulesXML = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <srx xmlns="http://www.lisa.org/srx20" version="2.0">
          <header segmentsubflows="yes" cascade="yes">
            <formathandle type="start" include="no"/>
            <formathandle type="end" include="yes"/>
            <formathandle type="isolated" include="yes"/>
          </header>
          <body>
            <languagerules>
              <languagerule languagerulename="English">
                <!-- Titles before a name: Mr. Kim, Dr. Lee, Prof. Park, Amb. Choi, Gov. Won. -->
                <rule break="no">
                  <beforebreak>\b(?:Mr|Mrs|Ms|Messrs|Mmes|Dr|Drs|Prof|Hon|Rev|Fr|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Gov|Sen|Rep|Amb|Pres|Supt|Insp|Dir|Asst|Assoc|Dep|Atty|Sec|St)\.</beforebreak>
                  <afterbreak>\s+\p{Lu}</afterbreak>
                </rule>
                <!-- Abbreviations before a number: No. 80, Tel. 02-2100-3399, Art. 5, Vol. 2, p. 14, Mar. 13. -->
                <rule break="no">
                  <beforebreak>\b(?:No|Nos|N°|Tel|Fax|Mob|Vol|Vols|Art|Arts|Fig|Figs|Para|Paras|Ch|Chap|Ref|Ext|Rm|Bldg|Sect|p|pp|ca|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.</beforebreak>
                  <afterbreak>\s*[\p{Nd}(#]</afterbreak>
                </rule>
                <!-- Latin abbreviations inside a sentence: e.g., i.e., viz., cf., vs., et al. -->
                <rule break="no">
                  <beforebreak>(?i)\b(?:e\.g|i\.e|viz|cf|vs|et al)\.</beforebreak>
                  <afterbreak>\s</afterbreak>
                </rule>
                <!-- The pronoun I ending a sentence after a lower-case word: "so was I. Then we left." (an initial
                     follows a name or a title, not a lower-case word). -->
                <rule break="yes">
                  <beforebreak>\b\p{Ll}{1,20}\sI\.</beforebreak>
                  <afterbreak>\s+\p{Lu}</afterbreak>
                </rule>
                <!-- A time before a title and a name: lower-case a.m./p.m. runs on ("At 5 a.m. Mr. Smith went to the
                     bank."), upper-case A.M./P.M. ends the sentence ("He left at 6 P.M. Mr. Smith then went home."),
                     as the English Golden Rules have it. -->
                <rule break="no">
                  <beforebreak>\b\p{Nd}{1,2}(?::\p{Nd}{2})?\s?[ap]\.m\.</beforebreak>
                  <afterbreak>\s+(?:Mr|Mrs|Ms|Dr|Prof)\.\s</afterbreak>
                </rule>
                <rule break="yes">
                  <beforebreak>\b\p{Nd}{1,2}(?::\p{Nd}{2})?\s?[AP]\.M\.</beforebreak>
                  <afterbreak>\s+\p{Lu}</afterbreak>
                </rule>
                <!-- An initialism ending a sentence before a word that starts one: "... in the U.S. He said". -->
                <rule break="yes">
                  <beforebreak>\b(?:\p{Lu}\.){2,6}</beforebreak>
                  <afterbreak>\s+(?:The|He|She|It|They|We|I|You|This|That|These|Those|There|Then|Now|In|On|At|By|For|But|And|Also|However|Meanwhile|Its|His|Her|Their|Our|Your|My|A|An|How|What|Why|When|Where|Who|Which|If|As|After|Before|Since|So|Today|Yesterday|Tomorrow)\b</afterbreak>
                </rule>
                <!-- Otherwise an initialism runs on: "the U.N. Secretary-General", "U.S. Army". -->
                <rule break="no">
                  <beforebreak>\b(?:\p{Lu}\.){2,6}</beforebreak>
                  <afterbreak>\s+[\p{Lu}\p{Nd}]</afterbreak>
                </rule>
              </languagerule>
              <languagerule languagerulename="Russian">
                <!-- г. (year, city), гг., т. е., т. д., др., ул., д., им., проф., акад. before what they qualify. -->
                <rule break="no">
                  <beforebreak>(?&lt;![\p{L}\p{N}])(?:г|гг|т\.\s?е|т\.\s?к|т\.\s?п|ул|д|им|проф|акад|доц|стр|рис|табл|см|ср|напр|т|тыс|млн|млрд|руб|коп|гл|п|пп|ст|о|пос|р)\.</beforebreak>
                  <afterbreak>\s+[\p{Ll}\p{Nd}\p{Lu}]</afterbreak>
                </rule>
              </languagerule>
              <languagerule languagerulename="Malay-Indonesian">
                <!-- Honorifics and abbreviations: Bpk. (Bapak), Sdr., Sdri., Yth., Dra., Ir., H. (Haji), No., Jl. -->
                <rule break="no">
                  <beforebreak>\b(?:Bpk|Bp|Sdr|Sdri|Yth|Dra|Drs|Ir|Prof|Dr|Hj|No|Jl|Kec|Kab|Tn|Ny|Encik|En|Pn|Cik|Dato|Tan Sri)\.</beforebreak>
                  <afterbreak>\s</afterbreak>
                </rule>
              </languagerule>
              <languagerule languagerulename="Vietnamese">
                <!-- Academic and place titles: TS. (tiến sĩ), ThS., PGS., GS., Tp. (thành phố), Q. (quận). -->
                <rule break="no">
                  <beforebreak>\b(?:TS|ThS|PGS|GS|BS|KS|Tp|TP|Q|P|TT)\.</beforebreak>
                  <afterbreak>\s</afterbreak>
                </rule>
              </languagerule>
              <languagerule languagerulename="Default">
                <!-- List markers at the start of a block: "1. ", "2) ", "a. ", "iv) ". -->
                <rule break="no">
                  <beforebreak>^\s{0,3}(?:\p{Nd}{1,3}|\p{L}|[ivxlcIVXLC]{1,5})[.)]</beforebreak>
                  <afterbreak>\s</afterbreak>
                </rule>
                <!-- A numbered item after a sentence that ends in a lower-case word: "1. Register online. 2. Attend."
                     (not after an abbreviation: "on Sept. 5. Everyone came."). -->
                <rule break="no">
                  <beforebreak>(?:^|[^\p{L}])\p{Ll}{2,20}[.?!:;]\s{1,5}(?:\p{Nd}{1,3}[.)]|\(\p{Nd}{1,3}\))</beforebreak>
                  <afterbreak>\s</afterbreak>
                </rule>
                <!-- A numbered or lettered item after a bullet inside a line: "• 9. Passport • 10. Visa". -->
                <rule break="no">
                  <beforebreak>[•◦▪‣●■]\s{1,3}(?:\p{Nd}{1,3}|\p{L})[.)]</beforebreak>
                  <afterbreak>\s</afterbreak>
                </rule>
                <!-- Personal initials before a name in any script: "J. R. Kim", "А. С. Пушкин". -->
                <rule break="no">
                  <beforebreak>(?&lt;![\p{L}\p{N}.])\p{Lu}\.</beforebreak>
                  <afterbreak>\s+\p{Lu}</afterbreak>
                </rule>
                <!-- Terminal punctuation, closing quotes or brackets, then a lower-case word: the sentence goes on
                     ('"Why?" she asked.', 'Yahoo! is'). -->
                <rule break="no">
                  <beforebreak>[.?!։።፧؟。！？]{1,5}['"”’»)\]]{0,5}</beforebreak>
                  <afterbreak>\s+['"“‘«(]*\p{Ll}</afterbreak>
                </rule>
                <!-- A spaced ellipsis ". . ." is one mark, not three sentence ends. -->
                <rule break="no">
                  <beforebreak>\.</beforebreak>
                  <afterbreak>\s\.(?:\s\.){1,3}</afterbreak>
                </rule>
                <rule break="no">
                  <beforebreak>\.\s\.</beforebreak>
                  <afterbreak>\s\.</afterbreak>
                </rule>
                <!-- An ellipsis before a capitalised word ends the sentence ("We waited… Then it came."). -->
                <rule break="yes">
                  <beforebreak>(?:\.\.\.|…)['"”’»)]{0,5}</beforebreak>
                  <afterbreak>\s+['"“‘«(]*\p{Lu}</afterbreak>
                </rule>
              </languagerule>
            </languagerules>
            <maprules>
              <languagemap languagepattern="en.*" languagerulename="English"/>
              <languagemap languagepattern="ru.*" languagerulename="Russian"/>
              <languagemap languagepattern="(?:id|ms).*" languagerulename="Malay-Indonesian"/>
              <languagemap languagepattern="vi.*" languagerulename="Vietnamese"/>
              <languagemap languagepattern=".*" languagerulename="Default"/>
            </maprules>
          </body>
        </srx>

        """#
}
