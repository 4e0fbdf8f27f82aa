import Foundation
@testable import Glossary
import JejuSupport
import TestSupport

/// A small termbase in the structure of glossary/egov.tbx, for tests (the real termbase is content, kept apart).
enum Fixtures {
    static let locales = ["ko", "ru", "ar", "uz"]

    static let tbx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
          <tbxHeader>
            <fileDesc>
              <titleStmt>
                <title>Test termbase</title>
              </titleStmt>
              <sourceDesc>
                <p>Fixture.</p>
              </sourceDesc>
            </fileDesc>
          </tbxHeader>
          <text>
            <body>
              <conceptEntry id="t-001">
                <descrip type="subjectField">e-government</descrip>
                <note>Usage note.</note>
                <langSec xml:lang="en">
                  <descripGrp>
                    <descrip type="definition">The use of ICT by government to deliver services.</descrip>
                    <admin type="source">UN E-Government Survey</admin>
                  </descripGrp>
                  <termSec>
                    <term>e-government</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                  <termSec>
                    <term>electronic government</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="ko">
                  <termSec>
                    <term>전자정부</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="ru">
                  <termSec>
                    <term>электронное правительство</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="ar">
                  <termSec>
                    <term>حكومة إلكترونية</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="uz">
                  <termSec>
                    <term>elektron hukumat</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
              </conceptEntry>
              <conceptEntry id="t-002">
                <descrip type="subjectField">e-government</descrip>
                <admin type="projectSubset">proper-name</admin>
                <langSec xml:lang="en">
                  <descripGrp>
                    <descrip type="definition">A regional development bank for Asia and the Pacific.</descrip>
                    <admin type="source">project team</admin>
                  </descripGrp>
                  <termSec>
                    <term>Asian Development Bank</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                  <termSec>
                    <term>ADB</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">acronym</termNote>
                    <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="ko">
                  <termSec>
                    <term>아시아개발은행</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="ru">
                  <termSec>
                    <term>Азиатский банк развития</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                  <termSec>
                    <term>АБР</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">acronym</termNote>
                    <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="ar">
                  <termSec>
                    <term>مصرف التنمية الآسيوي</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="uz">
                  <termSec>
                    <term>Osiyo taraqqiyot banki</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
              </conceptEntry>
              <conceptEntry id="t-003">
                <descrip type="subjectField">e-government</descrip>
                <admin type="projectSubset">proper-name</admin>
                <langSec xml:lang="en">
                  <descripGrp>
                    <descrip type="definition">An international organization of cities promoting e-government.</descrip>
                  </descripGrp>
                  <termSec>
                    <term>World e-Governments Organization of Cities and Local Governments</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                  <termSec>
                    <term>WeGO</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">acronym</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                    <admin type="projectSubset">do-not-translate</admin>
                  </termSec>
                </langSec>
                <langSec xml:lang="ko">
                  <termSec>
                    <term>WeGO</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">acronym</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                    <admin type="projectSubset">do-not-translate</admin>
                  </termSec>
                </langSec>
                <langSec xml:lang="ru">
                  <termSec>
                    <term>WeGO</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">acronym</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                    <admin type="projectSubset">do-not-translate</admin>
                  </termSec>
                </langSec>
                <langSec xml:lang="ar">
                  <termSec>
                    <term>WeGO</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">acronym</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                    <admin type="projectSubset">do-not-translate</admin>
                  </termSec>
                </langSec>
                <langSec xml:lang="uz">
                  <termSec>
                    <term>WeGO</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">acronym</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                    <admin type="projectSubset">do-not-translate</admin>
                  </termSec>
                </langSec>
              </conceptEntry>
              <conceptEntry id="t-004">
                <descrip type="subjectField">public administration</descrip>
                <langSec xml:lang="en">
                  <descripGrp>
                    <descrip type="definition">A civil servant of a local government.</descrip>
                  </descripGrp>
                  <termSec>
                    <term>local official</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="ko">
                  <termSec>
                    <term>지방 공무원</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="ru">
                  <note>draft: needs native review — municipal usage varies</note>
                  <termSec>
                    <term>местный чиновник</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                  <termSec>
                    <term>локальный чиновник</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="ar">
                  <termSec>
                    <term>موظف محلي</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
                <langSec xml:lang="uz">
                  <termSec>
                    <term>mahalliy amaldor</term>
                    <termNote type="partOfSpeech">noun</termNote>
                    <termNote type="termType">fullForm</termNote>
                    <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
                  </termSec>
                </langSec>
              </conceptEntry>
            </body>
          </text>
        </tbx>

        """

    static func termbase() throws -> Termbase {
        try TBXReader.read(Data(tbx.utf8), path: "fixture.tbx").termbase
    }

    /// Runs xmllint against a schema; nil when xmllint is not installed (the test then skips with a reason).
    static func xmllint(_ arguments: [String]) throws -> (status: Int32, output: String)? {
        try ExternalTool.xmllint(arguments)
    }

    static func temporaryFile(_ name: String, _ content: String) throws -> URL {
        let url = try JejuBinary.temporaryFolder().appendingPathComponent(name)
        try Data(content.utf8).write(to: url)
        return url
    }
}
