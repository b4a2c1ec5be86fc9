import { CheckPage } from "../features/advisor/check-page";
import { pageTitle } from "../shared/site";

export const meta = () => [
  { title: pageTitle("Check your answers") },
  { name: "description", content: "Review every answer before the advisor recommends a replacement." },
];

export default CheckPage;
