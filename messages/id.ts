import account from "./id/account.json";
import application from "./id/application.json";
import certificate from "./id/certificate.json";
import auth from "./id/auth.json";
import common from "./id/common.json";
import company from "./id/company.json";
import complaints from "./id/complaints.json";
import dashboard from "./id/dashboard.json";
import evidence from "./id/evidence.json";
import home from "./id/home.json";
import holidays from "./id/holidays.json";
import queue from "./id/queue.json";
import review from "./id/review.json";
import performance from "./id/performance.json";
import standard from "./id/standard.json";
import survey from "./id/survey.json";
import status from "./id/status.json";
import tracking from "./id/tracking.json";
import notifications from "./id/notifications.json";

// One JSON file per namespace, so features keep their texts apart.
const messages = { certificate, complaints, performance, survey, holidays, notifications, queue, review, application, account, auth, common, company, dashboard, evidence, home, standard, status, tracking };
export default messages;
