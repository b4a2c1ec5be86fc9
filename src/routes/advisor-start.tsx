import { StartPage } from "../features/advisor/start-page";
import { pageTitle } from "../shared/site";

export const meta = () => [
  { title: pageTitle("Advisor: find the right replacement") },
  {
    name: "description",
    content:
      "Up to 10 questions about your FIM/MIM deployment and directory; a recommendation of cloud sync, Connect Sync or the MIM Graph connector, with the reasons.",
  },
];

export default StartPage;
