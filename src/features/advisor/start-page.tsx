import { Link } from "react-router";
import { paths } from "../../shared/paths";
import { nextQuestion } from "../../core/decision/flow";
import { questions } from "../../core/decision/questions";
import { StartAgainButton } from "./components/start-again-button";
import { useAnswers } from "../../core/answers/use-answers";

export function StartPage() {
  const { answers, ready } = useAnswers();
  const started = ready && Object.keys(answers).length > 0;
  const resume = started ? nextQuestion(answers) : undefined;
  return (
    <main id="main" tabIndex={-1} className="page page--narrow advisor">
      <p className="page-header__eyebrow">Advisor</p>
      <h1>Find the right replacement for the FIM Connector</h1>
      <p className="page-header__lead">
        Answer up to 10 questions about your sync engine, directory and requirements. The advisor recommends cloud sync,
        Connect Sync or MIM with the Graph connector, explains why the others do not fit as well, and links each reason
        to the guide section that holds the fact.
      </p>
      <h2>Before you start</h2>
      <p>Have these to hand; an estimate is fine where the question says so:</p>
      <ul>
        <li>the FIM or MIM build number (Synchronization Service Manager, Help → About)</li>
        <li>which directory FIM/MIM provisions into, and whether the users it sends to Entra ID have AD accounts</li>
        <li>how many forests are in scope, and the object count of the largest AD domain</li>
        <li>
          features you rely on: hybrid join, pass-through authentication or AD FS, attribute filtering, large groups
        </li>
        <li>whether the users in scope have Microsoft Entra ID P1 or P2</li>
      </ul>
      <p>It takes about 5 minutes. Your answers stay in this browser; nothing is sent anywhere.</p>
      <p>
        Have the sync server's configuration export? <Link to={paths.importConfig()}>Read your sync server</Link> first:
        it answers some of these questions from the export, in this browser.
      </p>
      {started ? (
        <div className="callout callout--note" role="note">
          <p className="callout__title">You have saved answers</p>
          <div className="button-row">
            <Link
              to={resume ? paths.advisorQuestion(resume.id) : paths.advisorCheck()}
              className="button button--primary"
            >
              {resume ? "Continue where you left off" : "Check your answers"}
            </Link>
            <StartAgainButton />
          </div>
        </div>
      ) : (
        <Link to={paths.advisorQuestion(questions[0]!.id)} className="button button--primary button--start">
          Start now
        </Link>
      )}
      <noscript>
        <p className="hint">The advisor needs JavaScript to keep your answers. The guide works without it.</p>
      </noscript>
    </main>
  );
}
