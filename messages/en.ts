import auth from "./en/auth.json";
import common from "./en/common.json";
import dashboard from "./en/dashboard.json";
import home from "./en/home.json";
import standard from "./en/standard.json";

// One JSON file per namespace, so features keep their texts apart.
const messages = { auth, common, dashboard, home, standard };
export default messages;
