import auth from "./id/auth.json";
import common from "./id/common.json";
import dashboard from "./id/dashboard.json";
import home from "./id/home.json";
import standard from "./id/standard.json";

// One JSON file per namespace, so features keep their texts apart.
const messages = { auth, common, dashboard, home, standard };
export default messages;
