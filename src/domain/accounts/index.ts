// The public face of src/domain/accounts: what the other layers and capabilities use.
export {
  type SignUpRequest,
  type Viewer,
  SESSION_DAYS,
  changeRole,
  confirmSignUp,
  displayNameField,
  emailField,
  endSession,
  locationField,
  requestPasswordReset,
  requestSignUp,
  resetPassword,
  resetTokenUsable,
  signIn,
  signUp,
  signUpTokenUsable,
  startSession,
  viewerForSession,
} from './accounts.js';
export { GUEST_PLACE, coarsePlace, placeCheckedField, placeNotice } from './places.js';
export {
  type MyAccount,
  LINK_HOURS,
  changePassword,
  changeProfile,
  confirmClaim,
  confirmEmailChange,
  deleteMyAccount,
  myAccount,
  myData,
  requestClaim,
  requestEmailChange,
  signOutEverywhere,
} from './my-account.js';
export { isModerator, requireEditor, requireModerator, requireSignedIn } from './policies.js';
