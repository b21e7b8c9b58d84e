import account from "./en/account.json";
import application from "./en/application.json";
import certificate from "./en/certificate.json";
import auth from "./en/auth.json";
import common from "./en/common.json";
import company from "./en/company.json";
import complaints from "./en/complaints.json";
import dashboard from "./en/dashboard.json";
import evidence from "./en/evidence.json";
import home from "./en/home.json";
import holidays from "./en/holidays.json";
import queue from "./en/queue.json";
import review from "./en/review.json";
import performance from "./en/performance.json";
import standard from "./en/standard.json";
import survey from "./en/survey.json";
import status from "./en/status.json";
import tracking from "./en/tracking.json";
import notifications from "./en/notifications.json";

// One JSON file per namespace, so features keep their texts apart.
const messages = { certificate, complaints, performance, survey, holidays, notifications, queue, review, application, account, auth, common, company, dashboard, evidence, home, standard, status, tracking };
export default messages;
